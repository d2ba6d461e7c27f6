using System.Globalization;
using Humanizer;

namespace Meic.Sdk.Text;

/// <summary>
/// The only place the SDK calls Humanizer: its assembly (and its it/es resources) load when a method here first runs,
/// never on the paths that only count or list (<c>meic status</c>, <c>--help</c>).
/// </summary>
internal static class Humanized
{
    public static string Words(long value, string language) => value.ToWords(Culture(language));

    public static string Duration(TimeSpan span, string language, int precision) =>
        span.Humanize(precision, Culture(language), maxUnit: TimeUnit.Year, minUnit: TimeUnit.Minute);

    private static CultureInfo Culture(string language) => CultureInfo.GetCultureInfo(language switch
    {
        "it" => "it-IT",
        "es" => "es-ES",
        _ => "en-GB",
    });
}
