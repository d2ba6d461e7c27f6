using System.Globalization;
using System.Text;

namespace Meic.Facilitation.Store;

/// <summary>
/// Whether a typed answer means yes in the user's language: the words of the string table's <c>answer.yes</c>
/// (<c>sì|si</c>, <c>sí|si</c>, <c>yes|y</c>), with or without the accent, in any case.
/// </summary>
internal static class YesAnswer
{
    public static bool Means(Facilitation f, string? typed)
    {
        var answer = Plain(typed ?? "");
        if (answer.Length == 0) return false;
        return f.T["answer.yes"].Split('|').Append("yes").Append("y").Any(w => Plain(w) == answer);
    }

    private static string Plain(string s)
    {
        var d = s.Trim().ToLowerInvariant().Normalize(NormalizationForm.FormD);
        return new string(d.Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark).ToArray()).Normalize(NormalizationForm.FormC);
    }
}
