using System.Globalization;

namespace Meic.Facilitation.Ics;

/// <summary>The recurrences a cluster table uses (daily, weekly, monthly with an interval, bounded by COUNT or UNTIL), as RRULEs.</summary>
internal sealed record Recurrence(string Freq, int Interval, int? Count, DateTimeOffset? Until)
{
    /// <summary>Occurrences beyond this are not generated (an unbounded rule is cut here, with a warning).</summary>
    public const int MaxOccurrences = 60;

    public static Recurrence FromEvery(string every, int count) => every.ToLowerInvariant() switch
    {
        "daily" => new("DAILY", 1, count, null),
        "weekly" => new("WEEKLY", 1, count, null),
        "biweekly" or "fortnightly" => new("WEEKLY", 2, count, null),
        "monthly" => new("MONTHLY", 1, count, null),
        _ => throw new FormatException(every),
    };

    public override string ToString()
    {
        var s = $"FREQ={Freq}";
        if (Interval != 1) s += $";INTERVAL={Interval}";
        if (Count is { } c) s += $";COUNT={c}";
        if (Until is { } u) s += $";UNTIL={IcsWriter.Utc(u)}";
        return s;
    }

    /// <summary>The starts of the occurrences, stepping in the local wall-clock time of <paramref name="zone"/> (so 10:00 stays 10:00 across DST).</summary>
    public IReadOnlyList<DateTimeOffset> Starts(DateTimeOffset first, TimeZoneInfo zone, out bool truncated)
    {
        var local = TimeZoneInfo.ConvertTime(first, zone).DateTime;
        var result = new List<DateTimeOffset>();
        truncated = false;
        for (var i = 0; ; i++)
        {
            if (Count is { } c && i >= c) break;
            if (i >= MaxOccurrences) { truncated = Count is null || Count > MaxOccurrences; break; }
            var next = Freq switch
            {
                "DAILY" => local.AddDays(i * Interval),
                "WEEKLY" => local.AddDays(7 * i * Interval),
                _ => local.AddMonths(i * Interval),
            };
            var at = new DateTimeOffset(next, zone.GetUtcOffset(next));
            if (Until is { } u && at > u) break;
            result.Add(at);
        }
        return result;
    }
}
