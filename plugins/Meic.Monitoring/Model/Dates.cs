using System.Globalization;

namespace Meic.Monitoring.Model;

/// <summary>Lenient reading of the dates other plugins store: a bad or missing date reads as null, never a crash.</summary>
public static class Dates
{
    public static DateOnly? Day(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return d;
        return Instant(text) is { } i ? DateOnly.FromDateTime(i.UtcDateTime) : null;
    }

    public static DateTimeOffset? Instant(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var i) ? i : null;
    }

    public static DateTimeOffset StartOf(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
}
