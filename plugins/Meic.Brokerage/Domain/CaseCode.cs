using System.Text.RegularExpressions;
using Meic.Sdk.Errors;

namespace Meic.Brokerage.Domain;

/// <summary>
/// A referral names the person only by a pseudonymous case code. Anything that looks like a
/// name (letters and spaces, no digit) is refused, so a name never lands in the store by mistake.
/// </summary>
public static partial class CaseCode
{
    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9._/-]{2,31}$")]
    private static partial Regex Shape();

    public static string Validate(string? code)
    {
        var text = (code ?? "").Trim();
        if (text.Length == 0) throw new InputException("a case code is required (for example RM-2024-017).", "--case");
        if (!Shape().IsMatch(text))
            throw new InputException($"'{Mask(text)}' is not a case code: use 3–32 letters, digits and - _ . / without spaces (for example RM-2024-017). Never type a person's name.", "--case");
        if (!text.Any(char.IsDigit))
            throw new InputException($"'{Mask(text)}' looks like a name, not a pseudonymous case code: a case code holds at least one digit (for example RM-2024-017).", "--case");
        return text.ToUpperInvariant();
    }

    // What was typed may be a real name: echo only its first letter.
    private static string Mask(string text) => text.Length <= 1 ? "*" : text[0] + new string('*', Math.Min(text.Length - 1, 8));
}
