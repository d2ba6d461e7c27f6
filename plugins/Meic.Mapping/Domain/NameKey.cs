using System.Globalization;
using System.Text;

namespace Meic.Mapping.Domain;

/// <summary>
/// Keys for spotting probable duplicate organisations. Two names are probably the same organisation when they are
/// equal once case, accents, punctuation, spaces, articles and legal-status words (onlus, srl, …) are set aside:
/// "C.I.E.S. onlus" = "CIES Onlus", "CGIL Torino - Ufficio Stranieri" = "C.G.I.L. Torino Ufficio Stranieri".
/// Numbers and kinds of body are kept, so "Associazione Prova 02" is not "…01" and "Cooperativa Alba" is not "Fondazione Alba".
/// Equality of keys (not edit distance) keeps the finder linear: a dictionary lookup per row.
/// </summary>
public static class NameKey
{
    // Legal status only: these say how a body is registered, not which body it is.
    private static readonly HashSet<string> LegalStatus = new(StringComparer.Ordinal)
    {
        "onlus", "odv", "aps", "ets", "srl", "srls", "spa", "snc", "sas", "scs", "scrl", "scarl", "sl", "slu", "sa", "sll", "ltd", "inc",
    };

    private static readonly HashSet<string> Articles = new(StringComparer.Ordinal)
    {
        "the", "of", "and", "di", "de", "del", "della", "delle", "dei", "degli", "dello", "la", "le", "il", "lo", "gli", "el", "los", "las", "e", "y", "per", "para", "por",
    };

    /// <summary>The name's words without accents, punctuation, case, articles or legal-status words; dots and apostrophes inside words are dropped (C.I.E.S. → cies).</summary>
    public static string Of(string name)
    {
        var decomposed = name.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (c is '.' or '\'' or '’') continue;
            sb.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ');
        }
        var all = sb.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var words = all.Where(w => !LegalStatus.Contains(w) && !Articles.Contains(w)).ToList();
        return words.Count == 0 ? string.Join(" ", all) : string.Join(" ", words);
    }

    /// <summary>The duplicate key: <see cref="Of"/> without spaces ("Civico Zero" = "CivicoZero").</summary>
    public static string Duplicate(string name) => Compact(Of(name));

    /// <summary>The duplicate key of a key <see cref="Of"/> already made.</summary>
    public static string Compact(string key) => key.Replace(" ", "", StringComparison.Ordinal);

    /// <summary>Whether two names probably denote the same organisation.</summary>
    public static bool LikelySame(string a, string b)
    {
        var key = Duplicate(a);
        return key.Length > 0 && key == Duplicate(b);
    }

    /// <summary>A readable id from a name: lower-case words joined by dashes.</summary>
    public static string Slug(string name) => SlugOfKey(Of(name));

    /// <summary>The slug of a key <see cref="Of"/> already made.</summary>
    public static string SlugOfKey(string key)
    {
        var slug = string.Join("-", key.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        if (slug.Length > 48) slug = slug[..48].TrimEnd('-');
        return slug.Length == 0 ? "actor" : slug;
    }
}
