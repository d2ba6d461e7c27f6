using System.Globalization;
using Meic.Mapping.Io;
using Meic.Sdk.Errors;
using Meic.Sdk.Model;

namespace Meic.Mapping.Domain;

/// <summary>Validates every row of a ties sheet against the stored actors; writes nothing unless every row is good.</summary>
public sealed class TieImporter(MapData data)
{
    public (ImportReport Report, List<Relationship> Creates, List<Relationship> Updates) Plan(Table table, string file)
    {
        var name = Path.GetFileName(file);
        foreach (var required in new[] { "source", "target" })
            if (table.Column(required) < 0) throw new InputException($"missing column '{required}' (found: {string.Join(", ", table.Headers)}). Map columns with --map yourcolumn={required}.", $"{name}:1");
        var actors = data.Actors.All().ToList();
        var byKey = actors.GroupBy(a => NameKey.Of(a.Name)).ToDictionary(g => g.Key, g => g.ToList());
        var existing = data.Ties.All().ToList();
        var creates = new List<Relationship>();
        var updates = new List<Relationship>();
        var rows = new List<ImportRow>();
        foreach (var (line, cells) in table.Rows)
        {
            string Get(string field) { var i = table.Column(field); return i >= 0 && i < cells.Length ? cells[i].Trim() : ""; }
            var where = $"{name}:{line}";
            var label = $"{Get("source")} → {Get("target")}";
            try
            {
                var source = Resolve(Get("source"), actors, byKey, where);
                var target = Resolve(Get("target"), actors, byKey, where);
                if (source.Id == target.Id) throw new InputException($"a tie from '{source.Name}' to itself (self-loop); ties join two different actors.", where);
                var tie = new Relationship
                {
                    Source = source.Id,
                    Target = target.Id,
                    Kind = Get("kind") is { Length: > 0 } k ? Vocabulary.Parse<TieKind>(k, where) : TieKind.InformationExchange,
                    Directed = Get("directed").ToLowerInvariant() is "directed" or "yes" or "true" or "1" or "si" or "sì" or "sí" or "x",
                    Intensity = Get("intensity") is { Length: > 0 } i ? Vocabulary.Parse<TieIntensity>(i, where) : TieIntensity.Awareness,
                    Weight = Number(Get("weight"), "weight", where, 0, double.MaxValue) ?? 1,
                    Trust = Number(Get("trust"), "trust", where, 1, 4),
                    Value = Number(Get("value"), "value", where, 1, 4),
                    Since = Day(Get("since"), where),
                    Origin = Get("origin") is { Length: > 0 } o ? Vocabulary.Parse<TieSource>(o, where) : TieSource.Survey,
                    Wave = Get("wave") is { Length: > 0 } w ? w : null,
                    Note = Get("note") is { Length: > 0 } n ? n : null,
                };
                var same = existing.Concat(creates).FirstOrDefault(e => e.Kind == tie.Kind && e.Wave == tie.Wave &&
                    ((e.Source == tie.Source && e.Target == tie.Target) || (!e.Directed && !tie.Directed && e.Source == tie.Target && e.Target == tie.Source)));
                if (same is not null)
                {
                    tie.Id = same.Id; tie.Version = same.Version;
                    if (creates.Contains(same)) { creates[creates.IndexOf(same)] = tie; }
                    else { updates.RemoveAll(u => u.Id == same.Id); updates.Add(tie); }
                    rows.Add(new ImportRow(line, "merge", same.Id, label, "the same tie is already recorded; its fields are updated"));
                    continue;
                }
                creates.Add(tie);
                rows.Add(new ImportRow(line, "create", null, label, null));
            }
            catch (InputException e)
            {
                rows.Add(new ImportRow(line, "reject", null, label, e.Message));
            }
        }
        return (new ImportReport(file, table.Encoding, false, rows), creates, updates);
    }

    private static Actor Resolve(string text, List<Actor> actors, Dictionary<string, List<Actor>> byKey, string where)
    {
        if (text.Length == 0) throw new InputException("an empty source or target.", where);
        var byId = actors.FirstOrDefault(a => a.Id == text);
        if (byId is not null) return byId;
        if (byKey.TryGetValue(NameKey.Of(text), out var list) && list.Count == 1) return list[0];
        var nearest = Meic.Sdk.Text.Names.Nearest(text, actors.Select(a => a.Id).Concat(actors.Select(a => a.Name)));
        throw new InputException($"no actor '{text}'" + (nearest is null ? "" : $"; did you mean '{nearest}'?") + " Add the actor first (meic map actors add or import actors).", where);
    }

    private static double? Number(string text, string field, string where, double min, double max)
    {
        if (text.Length == 0) return null;
        if (!double.TryParse(text.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var v) || v < min || v > max)
            throw new InputException($"{field} '{text}' is not a number between {min.ToString(CultureInfo.InvariantCulture)} and {(max == double.MaxValue ? "∞" : max.ToString(CultureInfo.InvariantCulture))}.", where);
        return v;
    }

    public static DateOnly? Day(string text, string where)
    {
        if (text.Length == 0) return null;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return d;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is > 1900 and < 3000) return new DateOnly(year, 1, 1);
        throw new InputException($"'{text}' is not a date (yyyy-MM-dd).", where);
    }
}
