using System.Globalization;
using System.Text;

namespace Meic.Store.LiteDb;

/// <summary>Words of a text as the full-text index keeps them: letters and digits, lower case, diacritics folded.</summary>
internal static class TextTokens
{
    /// <summary>One word: where it is in the text and its folded form.</summary>
    public readonly record struct Token(int Start, int Length, string Folded);

    public static List<Token> Of(string text)
    {
        var tokens = new List<Token>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && IsWordChar(text[i]);
            if (inWord && start < 0) start = i;
            else if (!inWord && start >= 0)
            {
                tokens.Add(new Token(start, i - start, Fold(text.AsSpan(start, i - start))));
                start = -1;
            }
        }
        return tokens;
    }

    /// <summary>The distinct folded words of <paramref name="text"/>: what the inverted index lists.</summary>
    public static string[] Distinct(string text)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        var list = new List<string>();
        foreach (var t in Of(text)) if (set.Add(t.Folded)) list.Add(t.Folded);
        return list.ToArray();
    }

    public static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    public static string Fold(ReadOnlySpan<char> word)
    {
        var ascii = true;
        foreach (var c in word) if (c > 0x7f) { ascii = false; break; }
        if (ascii) return word.ToString().ToLowerInvariant();
        var decomposed = word.ToString().Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) sb.Append(char.ToLowerInvariant(c));
        return sb.ToString().Normalize(NormalizationForm.FormC);
    }
}
