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

    /// <summary>Parses an RRULE value; null with a reason when the rule is one this tool cannot expand.</summary>
    public static Recurrence Parse(string rule, out string? problem)
    {
        problem = null;
        var parts = rule.Split(';', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('=', 2)).ToDictionary(p => p[0].ToUpperInvariant(), p => p.Length > 1 ? p[1] : "");
        var freq = parts.GetValueOrDefault("FREQ") ?? "";
        if (freq is not ("DAILY" or "WEEKLY" or "MONTHLY")) problem = $"RRULE FREQ '{freq}' is not supported (DAILY, WEEKLY, MONTHLY are).";
        foreach (var k in parts.Keys.Except(["FREQ", "INTERVAL", "COUNT", "UNTIL", "WKST"]))
            problem ??= $"RRULE part {k} is not supported.";
        var interval = 1;
        if (parts.TryGetValue("INTERVAL", out var iv) && (!int.TryParse(iv, CultureInfo.InvariantCulture, out interval) || interval < 1))
            problem ??= $"RRULE INTERVAL '{iv}' is not a positive number.";
        int? count = null;
        if (parts.TryGetValue("COUNT", out var cv))
        {
            if (int.TryParse(cv, CultureInfo.InvariantCulture, out var c) && c > 0) count = c;
            else problem ??= $"RRULE COUNT '{cv}' is not a positive number.";
        }
        DateTimeOffset? until = null;
        if (parts.TryGetValue("UNTIL", out var uv))
        {
            var utc = uv.EndsWith('Z');
            var text = utc ? uv[..^1] : uv;
            if (DateTime.TryParseExact(text, ["yyyyMMdd'T'HHmmss", "yyyyMMdd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var t))
                until = new DateTimeOffset(DateTime.SpecifyKind(t, DateTimeKind.Unspecified), TimeSpan.Zero);
            else problem ??= $"RRULE UNTIL '{uv}' is not a date.";
        }
        return new Recurrence(freq, Math.Max(1, interval), count, until);
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
