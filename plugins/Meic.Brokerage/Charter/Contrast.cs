using System.Globalization;

namespace Meic.Brokerage.Charter;

/// <summary>WCAG 2 contrast between a brand colour and white text.</summary>
public static class Contrast
{
    public const string Fallback = "#1d4e89";

    public static bool TryParse(string? hex, out (double R, double G, double B) rgb)
    {
        rgb = default;
        if (hex is null || hex.Length != 7 || hex[0] != '#' || !int.TryParse(hex.AsSpan(1), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var v)) return false;
        rgb = ((v >> 16) & 255, (v >> 8) & 255, v & 255);
        return true;
    }

    public static double AgainstWhite(string hex)
    {
        if (!TryParse(hex, out var c)) return 0;
        static double Lin(double x) { x /= 255; return x <= 0.03928 ? x / 12.92 : Math.Pow((x + 0.055) / 1.055, 2.4); }
        var l = 0.2126 * Lin(c.R) + 0.7152 * Lin(c.G) + 0.0722 * Lin(c.B);
        return 1.05 / (l + 0.05);
    }

    /// <summary>The brand colour when white text on it is readable (AA, 4.5:1), else a dark blue that is.</summary>
    public static string Readable(string? hex) => hex is not null && AgainstWhite(hex) >= 4.5 ? hex : Fallback;
}
