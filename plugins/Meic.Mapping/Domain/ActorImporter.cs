using System.Globalization;
using Meic.Sdk.Errors;
using Meic.Sdk.Model;
using Meic.Sdk.Tables;
using Meic.Sdk.Text;

namespace Meic.Mapping.Domain;

/// <summary>What an actors import would write: new actors and changed ones, each once.</summary>
public sealed record ActorPlan(ImportReport Report, List<Actor> Creates, List<Actor> Updates);

/// <summary>
/// Validates every row of an actors sheet and plans the writes, in time linear in the rows (one read of the
/// stored actors, dictionary lookups per row). A row with an id is that actor: created, or the stored one
/// updated. A row without an id that looks like a stored actor or an earlier row is reported as a probable
/// duplicate and imported as its own actor, unless <c>--merge-duplicates</c> asks to merge it.
/// </summary>
public sealed class ActorImporter(MapData data, DateOnly today, Strings text)
{
    public ActorPlan Plan(Table table, ColumnMapping columns, bool mergeDuplicates)
    {
        var vocab = new Vocabulary(data.Cluster, text);
        var stored = data.Actors.All();
        var byId = new Dictionary<string, Actor>(stored.Count, StringComparer.Ordinal);
        var byKey = new Dictionary<string, Actor>(stored.Count, StringComparer.Ordinal);
        foreach (var a in stored) { byId[a.Id] = a; byKey.TryAdd(NameKey.Duplicate(a.Name), a); }
        var taken = new HashSet<string>(byId.Keys, StringComparer.Ordinal);
        var rowOfId = new Dictionary<string, int>(StringComparer.Ordinal);
        var pendingByKey = new Dictionary<string, (Actor Actor, int Line)>(StringComparer.Ordinal);
        var creates = new List<Actor>();
        var updates = new Dictionary<string, Actor>(StringComparer.Ordinal);
        var rows = new List<ImportRow>(table.Rows.Count);
        var duplicates = new List<ImportDuplicate>();
        var why = text["import.dup.why"];

        foreach (var row in table.Rows)
        {
            string Get(string field) => columns.Get(row, field);
            var where = table.Where(row.Line);
            var actorName = Get("name");
            try
            {
                var parsed = Parse(row, columns, vocab, where);
                var words = NameKey.Of(actorName);
                var key = NameKey.Compact(words);
                var id = Get("id");
                if (id.Length > 0)
                {
                    if (rowOfId.TryGetValue(id, out var firstLine))
                        throw new InputException(text["import.dupId", id, firstLine], where);
                    rowOfId[id] = row.Line;
                    if (byId.TryGetValue(id, out var existing))
                    {
                        var changed = Apply(existing, parsed, columns, table.File);
                        if (changed) updates[existing.Id] = existing;
                        rows.Add(new ImportRow(row.Line, changed ? "update" : "unchanged", id, actorName, null));
                        continue;
                    }
                    parsed.Id = id;
                    // A given id is that actor: a look-alike is only reported.
                    if (Twin(key, byKey, pendingByKey) is { } look)
                        duplicates.Add(new ImportDuplicate(row.Line, actorName, id, look.Actor.Id, look.Actor.Name, look.Line, why, false));
                }
                else if (Twin(key, byKey, pendingByKey) is { } twin)
                {
                    if (mergeDuplicates)
                    {
                        ActorMerge.Into(twin.Actor, parsed);
                        if (twin.Line is null) updates[twin.Actor.Id] = twin.Actor;
                        duplicates.Add(new ImportDuplicate(row.Line, actorName, null, twin.Actor.Id, twin.Actor.Name, twin.Line, why, true));
                        rows.Add(new ImportRow(row.Line, "merge", twin.Actor.Id, actorName, text["import.note.merged", twin.Actor.Name, twin.Actor.Id]));
                        continue;
                    }
                    parsed.Id = UniqueId(NameKey.SlugOfKey(words), taken, _next);
                    duplicates.Add(new ImportDuplicate(row.Line, actorName, parsed.Id, twin.Actor.Id, twin.Actor.Name, twin.Line, why, false));
                }
                else parsed.Id = UniqueId(NameKey.SlugOfKey(words), taken, _next);

                if (!taken.Add(parsed.Id)) throw new InputException(text["import.idTaken", parsed.Id], where);
                parsed.StageHistory.Add(new StageChange { Stage = parsed.Stage, Date = today, Note = text["import.stageNote", table.File] });
                creates.Add(parsed);
                pendingByKey.TryAdd(key, (parsed, row.Line));
                var dup = duplicates.Count > 0 && duplicates[^1].Line == row.Line ? duplicates[^1] : null;
                rows.Add(new ImportRow(row.Line, "create", parsed.Id, actorName,
                    dup is null ? null : text["import.note.probable", dup.OtherName, dup.OtherId]));
            }
            catch (InputException e)
            {
                rows.Add(new ImportRow(row.Line, "reject", null, TableText.Excerpt(actorName), e.Message));
            }
        }
        return new ActorPlan(new ImportReport(table.File, table.Encoding, false, rows) { Columns = columns.Columns, Duplicates = duplicates }, creates, updates.Values.ToList());
    }

    private static (Actor Actor, int? Line)? Twin(string key, Dictionary<string, Actor> byKey, Dictionary<string, (Actor Actor, int Line)> pending)
    {
        if (key.Length == 0) return null;
        if (byKey.TryGetValue(key, out var a)) return (a, null);
        if (pending.TryGetValue(key, out var p)) return (p.Actor, p.Line);
        return null;
    }

    private Actor Parse(TableRow row, ColumnMapping columns, Vocabulary vocab, string where)
    {
        string Get(string field) => columns.Get(row, field);
        var actorName = Get("name");
        if (actorName.Length == 0) throw new InputException(text["import.emptyName"], where);
        if (actorName.Length > 300) throw new InputException(text["import.longName", TableText.Excerpt(actorName)], where);
        var areas = vocab.Areas(Get("area"), where);
        if (areas.Count == 0) throw new InputException(text["import.noArea"], where);
        var district = vocab.District(Get("district"), where);
        var actor = new Actor
        {
            Name = actorName,
            Sector = Vocabulary.Parse<Sector>(Get("sector"), where, text.Language),
            Areas = areas,
            District = district,
            Mandate = Get("mandate") is { Length: > 0 } m ? m : null,
            Stage = Get("stage") is { Length: > 0 } s ? Vocabulary.Parse<EngagementStage>(s, where, text.Language) : EngagementStage.Mapped,
            NetworkKind = Get("networkKind") is { Length: > 0 } k ? Vocabulary.Parse<NetworkKind>(k, where, text.Language) : null,
            Promoter = Vocabulary.YesNo(Get("promoter"), ImportSchemas.FieldLabel("actors", "promoter", text.Language), where, text) ?? false,
            Tags = Vocabulary.Split(Get("tags")),
        };
        var forWhom = Vocabulary.Split(Get("forWhom"));
        foreach (var what in Vocabulary.Split(Get("services")))
            actor.Services.Add(new ServiceOffer { What = what, ForWhom = forWhom, Area = areas[0], District = district });
        return actor;
    }

    // A re-import of a known id: the columns the file has replace the stored values; the others stay.
    private bool Apply(Actor target, Actor from, ColumnMapping columns, string file)
    {
        var before = Json.Serialize(target);
        target.Name = from.Name;
        target.Sector = from.Sector;
        target.Areas = from.Areas;
        if (columns.Has("district")) target.District = from.District;
        if (columns.Has("mandate")) target.Mandate = from.Mandate;
        if (columns.Has("networkKind")) target.NetworkKind = from.NetworkKind;
        if (columns.Has("promoter")) target.Promoter = from.Promoter;
        if (columns.Has("tags")) target.Tags = from.Tags;
        if (columns.Has("services")) target.Services = from.Services;
        if (columns.Has("stage") && target.Stage != from.Stage)
        {
            target.Stage = from.Stage;
            target.StageHistory.Add(new StageChange { Stage = from.Stage, Date = today, Note = text["import.stageNote", file] });
        }
        return Json.Serialize(target) != before;
    }

    private readonly Dictionary<string, int> _next = new(StringComparer.Ordinal);

    /// <summary>The slug, else slug-2, slug-3, …; <paramref name="next"/> remembers where each slug's count is, so a thousand rows of one name stay linear.</summary>
    public static string UniqueId(string slug, HashSet<string> taken, Dictionary<string, int>? next = null)
    {
        if (!taken.Contains(slug)) return slug;
        var i = next is not null && next.TryGetValue(slug, out var n) ? n : 2;
        var id = slug + "-" + i.ToString(CultureInfo.InvariantCulture);
        while (taken.Contains(id)) id = slug + "-" + (++i).ToString(CultureInfo.InvariantCulture);
        if (next is not null) next[slug] = i + 1;
        return id;
    }

    public static string UniqueId(string slug, IEnumerable<Actor> existing, IEnumerable<Actor> pending) =>
        UniqueId(slug, existing.Select(e => e.Id).Concat(pending.Select(p => p.Id)).ToHashSet(StringComparer.Ordinal));

    public static void Merge(Actor target, Actor from) => ActorMerge.Into(target, from);

    public static string Label(Sector s) => Names.Kebab(s);
}
