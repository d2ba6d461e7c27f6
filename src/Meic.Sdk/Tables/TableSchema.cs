using System.Globalization;
using System.Text;

namespace Meic.Sdk.Tables;

/// <summary>One field an import fills, with the column names (Italian, Spanish, English) that mean it.</summary>
/// <param name="Name">The field's name, as <c>--map col=field</c> names it.</param>
/// <param name="Required">Whether a file must have a column for it.</param>
/// <param name="Aliases">Other column names that mean this field, in any language; compared without case, accents, spaces or punctuation.</param>
public sealed record TableField(string Name, bool Required, params string[] Aliases);

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
