using System.Globalization;

namespace Meic.Facilitation.Ics;

/// <summary>The recurrences a cluster table uses (daily, weekly, monthly with an interval, bounded by COUNT or UNTIL), as RRULEs.</summary>
internal sealed record Recurrence(string Freq, int Interval, int? Count, DateTimeOffset? Until)
{
    /// <summary>Occurrences beyond this are not generated (an unbounded rule is cut here, with a warning).</summary>
    public const int MaxOccurrences = 60;

    /// <summary>A recurrence as people type it, in English, Italian or Spanish ("weekly", "settimanale", "semanal"); accents and case ignored.</summary>
    public static Recurrence FromEvery(string every, int count) => Fold(every) switch
    {
        "daily" or "giornaliero" or "giornaliera" or "quotidiano" or "quotidiana" or "diario" or "diaria" or "giornalmente" or "diariamente"
            or "ogni giorno" or "cada dia" or "todos los dias" or "every day" => new("DAILY", 1, count, null),
        "weekly" or "settimanale" or "semanal" or "settimanalmente" or "semanalmente" or "ogni settimana" or "cada semana" or "every week" => new("WEEKLY", 1, count, null),
        "biweekly" or "fortnightly" or "quindicinale" or "quincenal" or "ogni due settimane" or "ogni quindici giorni" or "cada dos semanas"
            or "cada quince dias" or "every two weeks" => new("WEEKLY", 2, count, null),
        "monthly" or "mensile" or "mensual" or "mensilmente" or "mensualmente" or "ogni mese" or "cada mes" or "todos los meses" or "every month" => new("MONTHLY", 1, count, null),
        _ => throw new FormatException(every),
    };

    private static string Fold(string text)
    {
        var sb = new System.Text.StringBuilder(text.Length);
        foreach (var c in text.Trim().ToLowerInvariant().Normalize(System.Text.NormalizationForm.FormD))
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) sb.Append(c);
        return sb.ToString();
    }

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
