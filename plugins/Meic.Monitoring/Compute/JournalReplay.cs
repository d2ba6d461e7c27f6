using Meic.Monitoring.Model;
using Meic.Sdk.Model;
using Meic.Sdk.Store;
using Meic.Sdk.Text;

namespace Meic.Monitoring.Compute;

/// <summary>
/// Rebuilds what the records held at past moments by replaying the journal once, oldest first.
/// Only the documents that changed since the previous moment are parsed again, so a monthly series
/// over a long journal costs one pass plus the changed documents.
/// </summary>
public sealed class JournalReplay
{
    private const int PageSize = 20_000;

    private static readonly Dictionary<string, Type> Wanted = new(StringComparer.Ordinal)
    {
        [Actor.CollectionName] = typeof(Actor),
        [Relationship.CollectionName] = typeof(Relationship),
        [Cluster.CollectionName] = typeof(Cluster),
        [SourceCollections.Meetings] = typeof(MeetingDoc),
        [SourceCollections.Actions] = typeof(ActionDoc),
        [SourceCollections.Agreements] = typeof(AgreementDoc),
        [SourceCollections.Conflicts] = typeof(ConflictDoc),
        [SourceCollections.FocusSessions] = typeof(FocusSessionDoc),
    };

    private readonly Dictionary<string, Dictionary<string, string>> _raw = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, Document?>> _parsed = new(StringComparer.Ordinal);

    /// <summary>How many journal entries were applied.</summary>
    public long Applied { get; private set; }

    /// <summary>The states at each of <paramref name="moments"/> (ascending), from the store's journal.</summary>
    public IReadOnlyList<ClusterState> StatesAt(IJournal journal, IReadOnlyList<DateTimeOffset> moments) =>
        StatesAt(ReadAll(journal, moments.Count == 0 ? null : moments[^1]), moments);

    /// <summary>The states at each of <paramref name="moments"/> (ascending), from <paramref name="entries"/> in sequence order.</summary>
    public IReadOnlyList<ClusterState> StatesAt(IEnumerable<JournalEntry> entries, IReadOnlyList<DateTimeOffset> moments)
    {
        var states = new List<ClusterState>(moments.Count);
        var i = 0;
        foreach (var e in entries)
        {
            while (i < moments.Count && e.At >= moments[i]) states.Add(Snapshot(moments[i++]));
            if (i >= moments.Count) break;
            Apply(e);
        }
        while (i < moments.Count) states.Add(Snapshot(moments[i++]));
        return states;
    }

    private static IEnumerable<JournalEntry> ReadAll(IJournal journal, DateTimeOffset? until)
    {
        long after = 0;
        while (true)
        {
            var page = journal.Read(new JournalQuery { AfterSequence = after, To = until, Limit = PageSize });
            foreach (var e in page) yield return e;
            if (page.Count < PageSize) yield break;
            after = page[^1].Sequence;
        }
    }

    private void Apply(JournalEntry e)
    {
        if (!Wanted.ContainsKey(e.Collection)) return;
        Applied++;
        if (!_raw.TryGetValue(e.Collection, out var docs)) _raw[e.Collection] = docs = new(StringComparer.Ordinal);
        if (e.Kind == ChangeKind.Delete || e.After is null) docs.Remove(e.DocumentId);
        else docs[e.DocumentId] = e.After;
        if (_parsed.TryGetValue(e.Collection, out var cache)) cache.Remove(e.DocumentId);
    }

    private ClusterState Snapshot(DateTimeOffset at)
    {
        var bad = new Dictionary<string, int>();
        List<T> All<T>(string name) where T : Document
        {
            var list = new List<T>();
            if (!_raw.TryGetValue(name, out var docs)) return list;
            if (!_parsed.TryGetValue(name, out var cache)) _parsed[name] = cache = new(StringComparer.Ordinal);
            foreach (var (id, json) in docs)
            {
                if (!cache.TryGetValue(id, out var doc))
                {
                    try { doc = Json.Deserialize<T>(json); doc.Id = id; }
                    catch (Newtonsoft.Json.JsonException) { doc = null; }
                    cache[id] = doc;
                }
                if (doc is T t) list.Add(t);
                else bad[name] = bad.GetValueOrDefault(name) + 1;
            }
            return list;
        }
        return new ClusterState
        {
            AsOf = at,
            Actors = All<Actor>(Actor.CollectionName),
            Relationships = All<Relationship>(Relationship.CollectionName),
            Meetings = All<MeetingDoc>(SourceCollections.Meetings),
            Actions = All<ActionDoc>(SourceCollections.Actions),
            Agreements = All<AgreementDoc>(SourceCollections.Agreements),
            Conflicts = All<ConflictDoc>(SourceCollections.Conflicts),
            Sessions = All<FocusSessionDoc>(SourceCollections.FocusSessions),
            Areas = All<Cluster>(Cluster.CollectionName).FirstOrDefault()?.Areas ?? [],
            Unreadable = bad,
        };
    }
}
