using Meic.Sdk.Errors;
using Meic.Sdk.Text;

namespace Meic.Sdk.Tables;

/// <summary>What one column of a file became: a field (and why), or ignored.</summary>
/// <param name="Index">The column's position, from 0.</param>
/// <param name="Header">The column's name in the file.</param>
/// <param name="Field">The field it fills; null when ignored.</param>
/// <param name="How">"name", "alias", "map", "ignore" or "empty".</param>
public sealed record ColumnUse(int Index, string Header, string? Field, string How);

/// <summary>
/// Every column of a table mapped to a field of a <see cref="TableSchema"/>, or explicitly ignored.
/// No column is dropped in silence: an unknown one refuses the import naming it and the fields it could be.
/// </summary>
public sealed class ColumnMapping
{
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);

    private ColumnMapping(IReadOnlyList<ColumnUse> columns)
    {
        Columns = columns;
        foreach (var c in columns) if (c.Field is not null) _index[c.Field] = c.Index;
    }

    /// <summary>Every column of the file, in order, with what it maps to.</summary>
    public IReadOnlyList<ColumnUse> Columns { get; }

    /// <summary>The column that fills <paramref name="field"/>, or -1.</summary>
    public int this[string field] => _index.TryGetValue(field, out var i) ? i : -1;

    /// <summary>Whether some column fills <paramref name="field"/>.</summary>
    public bool Has(string field) => _index.ContainsKey(field);

    /// <summary>The trimmed value of <paramref name="field"/> in <paramref name="row"/>; "" when no column fills it.</summary>
    public string Get(TableRow row, string field) => row[this[field]];

    /// <summary>How each column's use is worded for people, in <paramref name="language"/>.</summary>
    public static string Describe(ColumnUse use, string language) => TableText.For(language)["map.how." + use.How];

    /// <summary>
    /// Maps every column of <paramref name="table"/>: by field name or alias, by <paramref name="maps"/> ("col=field"),
    /// or skipped because named in <paramref name="ignores"/>; messages in <paramref name="language"/>.
    /// </summary>
    /// <exception cref="InputException">An unknown column, a column mapped twice, a missing required field, or a bad --map/--ignore (exit 2).</exception>
    public static ColumnMapping Resolve(Table table, TableSchema schema, IEnumerable<string> maps, IEnumerable<string> ignores, string language)
    {
        var text = TableText.For(language);
        var headers = table.Headers;
        var byHeader = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < headers.Count; i++) byHeader.TryAdd(headers[i], i);
        var columnList = string.Join(", ", headers.Where(h => h.Length > 0).Select(h => TableText.Excerpt(h)));

        var mapped = new Dictionary<int, string>();
        foreach (var m in maps)
        {
            var eq = m.LastIndexOf('=');
            if (eq <= 0 || eq == m.Length - 1) throw new InputException(text["map.badMap", TableText.Excerpt(m)], "--map");
            var (col, fieldName) = (m[..eq].Trim(), m[(eq + 1)..].Trim());
            var field = schema.Field(fieldName) ?? throw new InputException(text["map.unknownField", m, fieldName, schema.What, schema.FieldList(language)], "--map");
            if (!byHeader.TryGetValue(col, out var index)) throw new InputException(text["map.noSuchColumn", "map", TableText.Excerpt(col), columnList], "--map");
            mapped[index] = field.Name;
        }
        var ignored = new HashSet<int>();
        foreach (var col in ignores)
        {
            if (!byHeader.TryGetValue(col.Trim(), out var index)) throw new InputException(text["map.noSuchColumn", "ignore", TableText.Excerpt(col), columnList], "--ignore");
            ignored.Add(index);
        }

        var uses = new List<ColumnUse>();
        var unknown = new List<string>();
        var filled = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < headers.Count; i++)
        {
            var h = headers[i];
            ColumnUse use;
            if (ignored.Contains(i)) use = new ColumnUse(i, h, null, "ignore");
            else if (mapped.TryGetValue(i, out var f)) use = new ColumnUse(i, h, f, "map");
            else if (h.Length == 0) use = new ColumnUse(i, h, null, "empty");
            else if (schema.Match(h) is { } match)
                use = new ColumnUse(i, h, match.Name, TableSchema.Key(h) is var key && (key == TableSchema.Key(match.Name) || key == TableSchema.Key(match.Label(language))) ? "name" : "alias");
            else { unknown.Add(h); continue; } // every unknown column is named at once, below
            if (use.Field is not null)
            {
                if (filled.TryGetValue(use.Field, out var other))
                    throw new InputException(text["map.twice", TableText.Excerpt(headers[other]), TableText.Excerpt(h), schema.LabelOf(use.Field, language)], table.Where(1));
                filled[use.Field] = i;
            }
            uses.Add(use);
        }
        if (unknown.Count == 1)
        {
            var h = unknown[0];
            var guesses = schema.Guesses(h).Select(g => schema.LabelOf(g, language)).ToList();
            throw new InputException(guesses.Count > 0
                ? text["map.unknownColumn", TableText.Excerpt(h), schema.What, string.Join(", ", guesses), schema.FieldList(language)]
                : text["map.unknownColumnNoGuess", TableText.Excerpt(h), schema.What, schema.FieldList(language)], table.Where(1));
        }
        if (unknown.Count > 1)
        {
            // One refusal for the whole header row: a person fixes every column in one go, not one per run.
            var named = unknown.Select(h => schema.Guesses(h).Select(g => schema.LabelOf(g, language)).ToList() is { Count: > 0 } g
                ? text["map.unknownWithGuess", TableText.Excerpt(h), string.Join(", ", g)] : $"'{TableText.Excerpt(h)}'");
            throw new InputException(text["map.unknownColumns", unknown.Count, schema.What, string.Join(", ", named), schema.FieldList(language)], table.Where(1));
        }
        foreach (var field in schema.Fields)
            if (field.Required && !filled.ContainsKey(field.Name))
                throw new InputException(text["map.missingField", field.Label(language), columnList], table.Where(1));
        return new ColumnMapping(uses);
    }
}
