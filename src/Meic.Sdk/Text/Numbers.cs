using System.Globalization;

namespace Meic.Sdk.Text;

/// <summary>
/// Numbers in the user's conventions: <c>4,0</c> and <c>1.234</c> in Italian and Spanish, <c>4.0</c> and <c>1,234</c>
/// in English; numbers in words (<c>quattro</c>, <c>cuatro</c>) through Humanizer. The separators are the toolkit's
/// own (no culture data is read), so a count on the start-up path costs nothing.
/// </summary>
public static class Numbers
{
    /// <summary><paramref name="value"/> with <paramref name="decimals"/> decimals in <paramref name="language"/>'s conventions (<c>4,0</c>).</summary>
    public static string Format(decimal value, string language, int decimals)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(decimals);
        var plain = Math.Round(value, decimals, MidpointRounding.AwayFromZero).ToString("F" + decimals, CultureInfo.InvariantCulture);
        return Localise(plain, language);
    }

    /// <summary><paramref name="value"/> with <paramref name="decimals"/> decimals in <paramref name="language"/>'s conventions.</summary>
    public static string Format(double value, string language, int decimals) =>
        double.IsFinite(value) ? Format((decimal)Math.Round(value, Math.Min(decimals, 15)), language, decimals) : value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A whole number in <paramref name="language"/>'s conventions (<c>1.234</c>; Spanish groups from five digits: <c>1234</c>, <c>12.345</c>).</summary>
    public static string Format(long value, string language) => Localise(value.ToString(CultureInfo.InvariantCulture), language);

    /// <summary>A percentage, <paramref name="percent"/> being in hundredths (45 for 45%): <c>45%</c>, <c>45 %</c> in Spanish, <c>12,5%</c>.</summary>
    public static string Percent(decimal percent, string language, int decimals = 0)
    {
        var number = Format(percent, language, decimals);
        return Base(language) == "es" ? number + "\u00a0%" : number + "%";
    }

    /// <summary><paramref name="value"/> in words in <paramref name="language"/> (<c>ventuno</c>, <c>veintiuno</c>, <c>twenty-one</c>), as documents write durations and counts.</summary>
    public static string Words(long value, string language) =>
        language == Strings.PseudoLanguage ? Strings.Mark(Humanized.Words(value, "en")) : Humanized.Words(value, Base(language));

    /// <summary>
    /// Reads a number as people type it: digits with an optional sign and one decimal separator, either <c>,</c> or
    /// <c>.</c>. Grouping separators are accepted only where they cannot be a decimal separator: when both signs
    /// appear (<c>1.234,5</c>, <c>1,234.5</c>), the last one is the decimal separator.
    /// </summary>
    public static bool TryParse(string? text, out decimal value)
    {
        value = 0;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var t = text.Trim().Replace("\u00a0", "").Replace(" ", "");
        var comma = t.LastIndexOf(',');
        var dot = t.LastIndexOf('.');
        if (comma >= 0 && dot >= 0)
        {
            var decimalSign = comma > dot ? ',' : '.';
            var groupSign = decimalSign == ',' ? '.' : ',';
            if (t.IndexOf(decimalSign) != t.LastIndexOf(decimalSign)) return false;
            t = t.Replace(groupSign.ToString(), "");
            if (decimalSign == ',') t = t.Replace(',', '.');
        }
        else if (comma >= 0)
        {
            if (t.IndexOf(',') != comma) return false;
            t = t.Replace(',', '.');
        }
        else if (dot >= 0 && t.IndexOf('.') != dot) return false;
        return decimal.TryParse(t, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    internal static string Base(string language) => language.Length > 2 && language[2] is '-' or '_' ? language[..2].ToLowerInvariant() : language.ToLowerInvariant();

    // From the invariant form ("-1234.50") to the language's: swap the separators, group the thousands.
    private static string Localise(string plain, string language)
    {
        var lang = Base(language);
        var (decimalSign, groupSign, minGroup) = lang switch
        {
            "it" => (',', '.', 4),
            "es" => (',', '.', 5), // Spanish leaves four-digit numbers ungrouped
            _ => ('.', ',', 4),
        };
        var negative = plain.StartsWith('-');
        var body = negative ? plain[1..] : plain;
        var point = body.IndexOf('.');
        var whole = point < 0 ? body : body[..point];
        var fraction = point < 0 ? "" : body[(point + 1)..];
        var sb = new System.Text.StringBuilder();
        if (negative) sb.Append('-');
        if (whole.Length >= minGroup)
            for (var i = 0; i < whole.Length; i++)
            {
                if (i > 0 && (whole.Length - i) % 3 == 0) sb.Append(groupSign);
                sb.Append(whole[i]);
            }
        else sb.Append(whole);
        if (fraction.Length > 0) sb.Append(decimalSign).Append(fraction);
        return sb.ToString();
    }
}
