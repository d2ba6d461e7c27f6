using System.Globalization;
using System.Text;

namespace Meic.Sdk.Text;

/// <summary>
/// The form words are compared in: lower case, accents dropped, only letters and digits kept, so that
/// <c>Terzo Settore</c>, <c>terzo-settore</c> and <c>TERZO_SETTORE</c> meet, and so do <c>derivación</c> and <c>derivacion</c>.
/// </summary>
internal static class Folding
{
    public static string Key(string text)
    {
        var ascii = true;
        foreach (var c in text) if (c > 127) { ascii = false; break; }
        // Decomposing only when needed: plain ASCII (most ids) never reaches the normalisation tables.
        var source = ascii ? text : text.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(source.Length);
        foreach (var c in source)
        {
            if (!ascii && CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsLetterOrDigit(c)) sb.Append(char.ToLowerInvariant(c));
        }
        return sb.ToString();
    }
}
