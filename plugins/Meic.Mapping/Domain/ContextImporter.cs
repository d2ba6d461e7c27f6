using System.Globalization;
using Meic.Sdk.Tables;
using Meic.Mapping.Model;
using Meic.Sdk.Errors;
using Meic.Sdk.Text;

namespace Meic.Mapping.Domain;

/// <summary>Reads population figures (dimension,category,count[,district,year,source]) and needs (area,description,source[,date,district,forWhom,keywords]).</summary>
public static class ContextImporter
{
    public static readonly string[] Dimensions = ["nationality", "legalStatus", "ageBand", "sex", "district"];
    public static readonly string[] NeedSources = ["municipalData", "keyInformant", "study"];

    public static string Dimension(string text, string where, Strings s) => Pick(text, Dimensions, "dimension", where, s);
    public static string NeedSource(string text, string where, Strings s) => Pick(text, NeedSources, "source", where, s);

    private static string Fold(string text) =>
        string.Concat(text.Trim().Normalize(System.Text.NormalizationForm.FormD).Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)).ToLowerInvariant();

    /// <summary>A dimension's label in the person's language.</summary>
    public static string DimensionLabel(string id, Strings s) => Label("dimension", id, s);

    /// <summary>A need source's label in the person's language.</summary>
    public static string NeedSourceLabel(string id, Strings s) => Label("source", id, s);

    /// <summary>The dimensions as an option's help lists them.</summary>
    public static string DimensionChoices(Strings s) => string.Join(", ", Dimensions.Select(d => DimensionLabel(d, s)));

    /// <summary>The need sources as an option's help lists them.</summary>
    public static string NeedSourceChoices(Strings s) => string.Join(", ", NeedSources.Select(d => NeedSourceLabel(d, s)));

    private static string Label(string what, string id, Strings s) => s.HasOwn($"context.{what}.{id}") || s.Keys.Contains($"context.{what}.{id}") ? s[$"context.{what}.{id}"] : id;

    // The choices as the user reads them (context.<what>.<id>) with the id to type.
    private static string Pick(string text, string[] options, string what, string where, Strings s)
    {
        var key = new string(text.Where(char.IsLetterOrDigit).ToArray());
        // the id, or the label in the person's language ("nazionalità", "studio"), case and accents aside
        var hit = options.FirstOrDefault(o => string.Equals(o, key, StringComparison.OrdinalIgnoreCase))
            ?? options.FirstOrDefault(o => Fold(s[$"context.{what}.{o}"]) == Fold(text));
        if (hit is not null) return hit;
        var nearest = Meic.Sdk.Text.Names.Nearest(text, options);
        throw new InputException(s["refuse.unknownChoice", s[$"context.{what}"], text, nearest is null ? "" : s["refuse.didYouMean", nearest],
            string.Join(", ", options.Select(o => $"{s[$"context.{what}.{o}"]} ({o})"))], where);
    }

    public static List<PopulationFigure> Population(Table table, ColumnMapping columns, Vocabulary v)
    {
        var result = new List<PopulationFigure>();
        foreach (var row in table.Rows)
        {
            string Get(string f) => columns.Get(row, f);
            var where = table.Where(row.Line);
            if (!long.TryParse(Get("count"), NumberStyles.None, CultureInfo.InvariantCulture, out var count))
                throw new InputException(v.Text["refuse.count", TableText.Excerpt(Get("count"))], where);
            result.Add(new PopulationFigure
            {
                Dimension = Dimension(Get("dimension"), where, v.Text), Category = Get("category"), Count = count,
                District = v.District(Get("district"), where),
                Year = int.TryParse(Get("year"), NumberStyles.None, CultureInfo.InvariantCulture, out var y) ? y : null,
                Source = Get("source"),
            });
        }
        return result;
    }

    public static List<Need> Needs(Table table, ColumnMapping columns, Vocabulary v)
    {
        var result = new List<Need>();
        foreach (var row in table.Rows)
        {
            string Get(string f) => columns.Get(row, f);
            var where = table.Where(row.Line);
            if (Get("description").Length == 0) throw new InputException(v.Text["refuse.emptyDescription"], where);
            result.Add(new Need
            {
                Area = v.Area(Get("area"), where), Description = Get("description"), Source = NeedSource(Get("source"), where, v.Text),
                Date = TieImporter.Day(Get("date"), where), District = v.District(Get("district"), where),
                ForWhom = Vocabulary.Split(Get("forWhom")), Keywords = Vocabulary.Split(Get("keywords")),
            });
        }
        return result;
    }
}
