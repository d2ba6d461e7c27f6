using System.Globalization;
using Meic.Sdk.Errors;
using Meic.Sdk.Model;
using Meic.Sdk.Tables;
using Meic.Sdk.Text;

namespace Meic.Mapping.Domain;

/// <summary>What a ties import would write.</summary>
public sealed record TiePlan(ImportReport Report, List<Relationship> Creates, List<Relationship> Updates);

/// <summary>
/// Validates every row of a ties sheet against the stored actors. A tie is matched to a stored one by source,
/// target and kind (and wave, when the file gives one; either way round for undirected ties): a corrected file
/// updates the ties it imported before instead of adding new ones beside them.
/// </summary>
public sealed class TieImporter(MapData data, Strings text)
{
    public TiePlan Plan(Table table, ColumnMapping columns)
    {
        var actors = data.Actors.All();
        var byId = new Dictionary<string, Actor>(actors.Count, StringComparer.Ordinal);
        var byKey = new Dictionary<string, List<Actor>>(actors.Count, StringComparer.Ordinal);
        foreach (var a in actors)
        {
            byId[a.Id] = a;
            var k = NameKey.Duplicate(a.Name);
            if (!byKey.TryGetValue(k, out var list)) byKey[k] = list = new List<Actor>(1);
            list.Add(a);
        }
        var existing = new Dictionary<string, Relationship>(StringComparer.Ordinal);
        foreach (var t in data.Ties.All()) existing.TryAdd(Key(t.Source, t.Target, t.Kind, t.Wave), t);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var creates = new List<Relationship>();
        var updates = new List<Relationship>();
        var rows = new List<ImportRow>(table.Rows.Count);
        foreach (var row in table.Rows)
        {
            string Get(string field) => columns.Get(row, field);
            var where = table.Where(row.Line);
            var label = $"{TableText.Excerpt(Get("source"))} → {TableText.Excerpt(Get("target"))}";
            try
            {
                var source = Resolve(Get("source"), actors, byId, byKey, where, text);
                var target = Resolve(Get("target"), actors, byId, byKey, where, text);
                if (source.Id == target.Id) throw new InputException(text["refuse.selfLoop", source.Name], where);
                label = $"{source.Name} → {target.Name}"; // the actors by name, as the file may give them by id
                var kind = Get("kind") is { Length: > 0 } k ? Vocabulary.Parse<TieKind>(k, where, text.Language) : TieKind.InformationExchange;
                var wave = Get("wave") is { Length: > 0 } w ? w : null;
                var directed = Vocabulary.YesNo(Get("directed"), ImportSchemas.FieldLabel("ties", "directed", text.Language), where, text);
                var key = Key(source.Id, target.Id, kind, wave);
                var reverse = Key(target.Id, source.Id, kind, wave);
                var firstLine = seen.TryGetValue(key, out var l1) ? l1 : directed != true && seen.TryGetValue(reverse, out var l2) ? l2 : 0;
                if (firstLine > 0) throw new InputException(text["import.dupTie", firstLine], where);
                seen[key] = row.Line;
                var same = existing.GetValueOrDefault(key) ?? (existing.GetValueOrDefault(reverse) is { Directed: false } r && directed != true ? r : null);
                var tie = same is null ? new Relationship { Source = source.Id, Target = target.Id, Kind = kind, Wave = wave } : Copy(same);
                if (same is null || columns.Has("directed")) tie.Directed = directed ?? false;
                if (same is null || columns.Has("intensity")) tie.Intensity = Get("intensity") is { Length: > 0 } i ? Vocabulary.Parse<TieIntensity>(i, where, text.Language) : TieIntensity.Awareness;
                if (same is null || columns.Has("weight")) tie.Weight = Number(Get("weight"), "weight", where, 0, double.MaxValue) ?? 1;
                if (same is null || columns.Has("trust")) tie.Trust = Number(Get("trust"), "trust", where, 1, 4);
                if (same is null || columns.Has("value")) tie.Value = Number(Get("value"), "value", where, 1, 4);
                if (same is null || columns.Has("since")) tie.Since = Day(Get("since"), where, text.Language);
                if (same is null || columns.Has("origin")) tie.Origin = Get("origin") is { Length: > 0 } o ? Vocabulary.Parse<TieSource>(o, where, text.Language) : TieSource.Survey;
                if (same is null || columns.Has("note")) tie.Note = Get("note") is { Length: > 0 } n ? n : null;
                if (same is null)
                {
                    creates.Add(tie);
                    rows.Add(new ImportRow(row.Line, "create", null, label, null));
                }
                else if (Json.Serialize(tie) == Json.Serialize(same))
                    rows.Add(new ImportRow(row.Line, "unchanged", same.Id, label, null));
                else
                {
                    updates.Add(tie);
                    rows.Add(new ImportRow(row.Line, "update", same.Id, label, text["import.note.tieUpdated"]));
                }
            }
            catch (InputException e)
            {
                rows.Add(new ImportRow(row.Line, "reject", null, label, e.Message));
            }
        }
        return new TiePlan(new ImportReport(table.File, table.Encoding, false, rows) { Columns = columns.Columns }, creates, updates);
    }

    private static string Key(string source, string target, TieKind kind, string? wave) => $"{source}\u0001{target}\u0001{(int)kind}\u0001{wave}";

    private static Relationship Copy(Relationship r)
    {
        var copy = Json.Deserialize<Relationship>(Json.Serialize(r));
        copy.Id = r.Id;
        copy.Version = r.Version;
        return copy;
    }

    private static Actor Resolve(string text, IReadOnlyList<Actor> actors, Dictionary<string, Actor> byId, Dictionary<string, List<Actor>> byKey, string where, Strings s)
    {
        if (text.Length == 0) throw new InputException(s["refuse.emptyEnd"], where);
        if (byId.TryGetValue(text, out var a)) return a;
        if (byKey.TryGetValue(NameKey.Duplicate(text), out var list) && list.Count == 1) return list[0];
        var nearest = actors.Count > 5000 ? null : Names.Nearest(text, actors.Select(x => x.Id).Concat(actors.Select(x => x.Name)));
        throw new InputException(s["refuse.noActorAdd", TableText.Excerpt(text), nearest is null ? "" : s["refuse.didYouMean", nearest]], where);
    }

    private double? Number(string typed, string field, string where, double min, double max)
    {
        if (typed.Length == 0) return null;
        if (!double.TryParse(typed.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var v) || v < min || v > max)
            throw new InputException(text["refuse.numberRange", ImportSchemas.FieldLabel("ties", field, text.Language), TableText.Excerpt(typed), Numbers.Format((long)min, text.Language), max == double.MaxValue ? "∞" : Numbers.Format((long)max, text.Language)], where);
        return v;
    }

    /// <summary>A day through the SDK's one date parser (dd/mm/yyyy or yyyy-mm-dd), or a bare year; refused in <paramref name="language"/>.</summary>
    public static DateOnly? Day(string text, string where, string language = "en")
    {
        if (text.Length == 0) return null;
        if (Dates.TryParse(text, out var d)) return d;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is > 1900 and < 3000) return new DateOnly(year, 1, 1);
        return Dates.Parse(TableText.Excerpt(text), language, where);
    }
}
