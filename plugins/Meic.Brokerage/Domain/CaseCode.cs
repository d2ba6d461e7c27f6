using System.Text.RegularExpressions;
using Meic.Sdk.Errors;
using Meic.Sdk.Text;

namespace Meic.Brokerage.Domain;

/// <summary>
/// A referral names the person only by a pseudonymous case code. Anything that looks like a
/// name (letters and spaces, no digit) is refused, so a name never lands in the store by mistake.
/// </summary>
public static partial class CaseCode
{
    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9._/-]{2,31}$")]
    private static partial Regex Shape();

    public static string Validate(string? code, Strings s)
    {
        var text = (code ?? "").Trim();
        if (text.Length == 0) throw new InputException(s["refuse.caseRequired"], "--case");
        if (!Shape().IsMatch(text))
            throw new InputException(s["refuse.caseShape", Mask(text)], "--case");
        if (!text.Any(char.IsDigit))
            throw new InputException(s["refuse.caseName", Mask(text)], "--case");
        return text.ToUpperInvariant();
    }

    // What was typed may be a real name: echo only its first letter.
    private static string Mask(string text) => text.Length <= 1 ? "*" : text[0] + new string('*', Math.Min(text.Length - 1, 8));
}
