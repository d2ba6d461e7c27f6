using System.Globalization;
using System.Text;
using Meic.Sdk.Model;
using Meic.Sdk.Text;

namespace Meic.Sdk.Tables;

/// <summary>One field an import fills, with the column names (Italian, Spanish, English) that mean it.</summary>
/// <param name="Name">The field's name, as <c>--map col=field</c> names it.</param>
/// <param name="Required">Whether a file must have a column for it.</param>
/// <param name="Aliases">Other column names that mean this field, in any language; compared without case, accents, spaces or punctuation.</param>
public sealed record TableField(string Name, bool Required, params string[] Aliases)
{
    /// <summary>
    /// The field's name as people read it, per language (<c>"it": "nome"</c>): previews, help and refusals show it, and a
    /// column or <c>--map col=field</c> may use it. Without one for a language, <see cref="Name"/>.
    /// </summary>
    public LocalizedText? Labels { get; init; }

    /// <summary>The field's name in <paramref name="language"/> (<see cref="Labels"/>, else <see cref="Name"/>).</summary>
    public string Label(string language) =>
        language == Strings.PseudoLanguage ? Strings.Mark(Label("en"))
        : Labels is not null && Labels.TryGetValue(language, out var l) && l.Length > 0 ? l : Name;
}

/// <summary>The fields one kind of table fills (an actors sheet, a ties sheet, …).</summary>
public sealed class TableSchema
{
    private readonly Dictionary<string, TableField> _byKey = new(StringComparer.Ordinal);

    /// <summary>Creates a schema; <paramref name="what"/> names the kind of table in messages ("actors").</summary>
    public TableSchema(string what, IReadOnlyList<TableField> fields)
    {
        What = what;
        Fields = fields;
        foreach (var f in fields)
        {
            _byKey.TryAdd(Key(f.Name), f);
            foreach (var a in f.Aliases) _byKey.TryAdd(Key(a), f);
            if (f.Labels is not null) foreach (var l in f.Labels.Values) _byKey.TryAdd(Key(l), f);
        }
    }

    /// <summary>The kind of table, for messages.</summary>
    public string What { get; }

    /// <summary>Every field, in the order help lists them.</summary>
    public IReadOnlyList<TableField> Fields { get; }

    /// <summary>The field a column header means, or null.</summary>
    public TableField? Match(string header) => _byKey.GetValueOrDefault(Key(header));

    /// <summary>The field named <paramref name="name"/> (or one of its aliases), or null.</summary>
    public TableField? Field(string name) => Match(name);

    /// <summary>The fields for help: required ones marked with '*'.</summary>
    public string FieldList() => string.Join(", ", Fields.Select(f => f.Required ? f.Name + "*" : f.Name));

    /// <summary>The fields for help and refusals by their names in <paramref name="language"/>: required ones marked with '*'.</summary>
    public string FieldList(string language) => string.Join(", ", Fields.Select(f => f.Required ? f.Label(language) + "*" : f.Label(language)));

    /// <summary>The name in <paramref name="language"/> of the field called <paramref name="name"/> (its id or any of its words); <paramref name="name"/> itself when no field has it.</summary>
    public string LabelOf(string name, string language) => Field(name)?.Label(language) ?? name;

    /// <summary>Up to three fields a header probably meant: by shared letters and edit distance over names and aliases.</summary>
    public IReadOnlyList<string> Guesses(string header)
    {
        var key = Key(header);
        if (key.Length == 0) return [];
        return _byKey
            .Select(kv => (kv.Value.Name, Score: Text.Names.Distance(key, kv.Key) - (kv.Key.Contains(key) || key.Contains(kv.Key) ? 3 : 0), kv.Key.Length))
            .Where(x => x.Score <= Math.Max(2, Math.Min(key.Length, x.Length) / 3))
            .OrderBy(x => x.Score).Select(x => x.Name).Distinct().Take(3).ToList();
    }

    /// <summary>A header compared without case, accents, spaces or punctuation ("Tipo di rete" = "tipodirete").</summary>
    public static string Key(string header)
    {
        var sb = new StringBuilder(header.Length);
        foreach (var c in header.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsLetterOrDigit(c)) sb.Append(char.ToLowerInvariant(c));
        }
        return sb.ToString();
    }
}
