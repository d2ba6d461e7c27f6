using System.Globalization;
using System.Text;

namespace Meic.Brokerage.Domain;

/// <summary>Word-level comparison of free texts in it/es/en: lower case, no accents, no short or common words.</summary>
public static class TextMatch
{
    private static readonly HashSet<string> Stop = new(StringComparer.Ordinal)
    {
        "the","and","for","with","from","who","that","this","are","per","con","del","della","delle","dei","degli","una","uno",
        "gli","les","los","las","para","por","que","con","sin","non","nel","nella","sono","come","more","less","not","all",
        "una","unos","unas","its","their","they","them","has","have","been","into","about","also","alla","alle","allo",
    };

    public static string Fold(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var d = text.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(d.Length);
        foreach (var c in d)
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) sb.Append(char.ToLowerInvariant(c));
        return sb.ToString();
    }

    /// <summary>The words of <paramref name="text"/> worth comparing, reduced to a 5-letter stem (lavoro/lavorativo, formación/formazione).</summary>
    public static HashSet<string> Words(string? text)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var raw in Fold(text).Split(c => !char.IsLetterOrDigit(c)))
        {
            if (raw.Length < 3 || Stop.Contains(raw)) continue;
            words.Add(raw.Length > 5 ? raw[..5] : raw);
        }
        return words;
    }

    private static string[] Split(this string text, Func<char, bool> isSeparator)
    {
        var parts = new List<string>(); var sb = new StringBuilder();
        foreach (var c in text)
        {
            if (isSeparator(c)) { if (sb.Length > 0) { parts.Add(sb.ToString()); sb.Clear(); } }
            else sb.Append(c);
        }
        if (sb.Length > 0) parts.Add(sb.ToString());
        return parts.ToArray();
    }

    public static bool SameGroup(string a, string b) => Fold(a).Replace("-", "").Replace(" ", "").Replace("_", "") == Fold(b).Replace("-", "").Replace(" ", "").Replace("_", "");
}
