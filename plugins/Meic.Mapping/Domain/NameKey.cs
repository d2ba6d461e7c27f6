using System.Globalization;
using System.Text;

namespace Meic.Mapping.Domain;

/// <summary>Keys for spotting likely duplicate organisations ("CIES Onlus" and "C.I.E.S. onlus").</summary>
public static class NameKey
{
    private static readonly HashSet<string> LegalForms = new(StringComparer.Ordinal)
    {
        "onlus", "odv", "aps", "ets", "srl", "spa", "snc", "sas", "scs", "scrl", "coop", "soc", "ong", "ngo",
        "asociacion", "associazione", "fundacion", "fondazione", "sl", "sa", "slu", "the", "di", "de", "del", "della", "la", "el", "il",
    };

    /// <summary>The name without accents, punctuation, case or legal-form words; dots inside acronyms are dropped.</summary>
    public static string Of(string name)
    {
        var decomposed = name.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder();
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (c is '.' or '\'' or '’') continue; // C.I.E.S. → CIES
            sb.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ');
        }
        var words = sb.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !LegalForms.Contains(w)).ToList();
        return words.Count == 0 ? sb.ToString().Replace(" ", "") : string.Join(" ", words);
    }

    /// <summary>Whether two names probably denote the same organisation: equal keys, or keys at most 1 edit apart per 8 letters.</summary>
    public static bool LikelySame(string a, string b)
    {
        var (ka, kb) = (Of(a), Of(b));
        if (ka == kb) return true;
        var longer = Math.Max(ka.Length, kb.Length);
        if (longer < 6) return false;
        return Meic.Sdk.Text.Names.Distance(ka, kb) <= longer / 8;
    }

    /// <summary>A readable id from a name: lower-case words joined by dashes.</summary>
    public static string Slug(string name)
    {
        var key = Of(name);
        var slug = string.Join("-", key.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        if (slug.Length > 48) slug = slug[..48].TrimEnd('-');
        return slug.Length == 0 ? "actor" : slug;
    }
}
