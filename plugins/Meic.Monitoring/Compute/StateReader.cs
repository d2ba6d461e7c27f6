using Meic.Monitoring.Model;
using Meic.Sdk.Model;
using Meic.Sdk.Store;
using Meic.Sdk.Text;

namespace Meic.Monitoring.Compute;

/// <summary>Reads the cluster's present state from the store, tolerating absent collections and unreadable documents.</summary>
public static class StateReader
{
    public static ClusterState Current(IDocumentStore store, DateTimeOffset now)
    {
        var bad = new Dictionary<string, int>();
        var counts = store.Counts();
        List<T> Read<T>(string name) where T : Document
        {
            if (!counts.ContainsKey(name)) return [];
            try { return store.Collection<T>(name).All().ToList(); }
            catch (Newtonsoft.Json.JsonException) { return ReadOneByOne<T>(store, name, bad); }
        }
        var cluster = Read<Cluster>(Cluster.CollectionName).FirstOrDefault();
        return new ClusterState
        {
            AsOf = now,
            Actors = Read<Actor>(Actor.CollectionName),
            Relationships = Read<Relationship>(Relationship.CollectionName),
            Meetings = Read<MeetingDoc>(SourceCollections.Meetings),
            Actions = Read<ActionDoc>(SourceCollections.Actions),
            Agreements = Read<AgreementDoc>(SourceCollections.Agreements),
            Conflicts = Read<ConflictDoc>(SourceCollections.Conflicts),
            Sessions = Read<FocusSessionDoc>(SourceCollections.FocusSessions),
            Areas = cluster?.Areas ?? [],
            Unreadable = bad,
        };
    }

    // One malformed document must not hide the others: fall back to reading raw JSON through the journal-free path.
    private static List<T> ReadOneByOne<T>(IDocumentStore store, string name, Dictionary<string, int> bad) where T : Document
    {
        var list = new List<T>();
        var raw = store.Collection<RawDocument>(name).All();
        foreach (var doc in raw)
        {
            try
            {
                var body = new Newtonsoft.Json.Linq.JObject(doc.Extra.Select(p => new Newtonsoft.Json.Linq.JProperty(p.Key, p.Value))) { ["id"] = doc.Id };
                list.Add(Json.Deserialize<T>(body.ToString(Newtonsoft.Json.Formatting.None)));
            }
            catch (Newtonsoft.Json.JsonException) { bad[name] = bad.GetValueOrDefault(name) + 1; }
        }
        return list;
    }
}
