using System.Globalization;
using System.Text.RegularExpressions;
using Meic.Sdk.Errors;
using Meic.Sdk.Text;

namespace Meic.Monitoring.Periods;

/// <summary>A reporting period: a year (2025), half (2025-H1), quarter (2025-Q2) or month (2025-06); Start inclusive, End exclusive.</summary>
public sealed partial record Period(string Code, string Kind, DateOnly Start, DateOnly End)
{
    /// <summary>Reads a period code, or refuses it (exit 2) worded from the plugin's <paramref name="s"/>.</summary>
    public static Period Parse(string? text, ILocalizer s, string where = "--period") =>
        TryParse(text, out var p) ? p : throw new InputException(s["refuse.periodCode", text], where);

    /// <summary>The kinds of period a series can be cut in.</summary>
    public static readonly IReadOnlyList<string> Kinds = ["month", "quarter", "half", "year"];

    /// <summary>Checks a series kind the user typed, or refuses it (exit 2) worded from <paramref name="s"/>.</summary>
    public static string CheckKind(string kind, ILocalizer s, string where = "--series") =>
        Kinds.Contains(kind) ? kind : throw new InputException(s["refuse.oneOf", string.Join(", ", Kinds.Select(k => $"{s[$"periodKind.{k}"]} ({k})")), kind], where);

    public static bool TryParse(string? text, out Period period)
    {
        period = null!;
        var m = Pattern().Match(text?.Trim() ?? "");
        if (!m.Success) return false;
        var year = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
        if (year < 1900 || year > 2200) return false;
        var rest = m.Groups["r"].Value.ToUpperInvariant();
        if (rest.Length == 0) { period = Year(year); return true; }
        var n = int.Parse(rest.TrimStart('Q', 'H'), CultureInfo.InvariantCulture);
        if (rest[0] == 'Q' && n is >= 1 and <= 4) { period = Quarter(year, n); return true; }
        if (rest[0] == 'H' && n is 1 or 2) { period = Half(year, n); return true; }
        if (char.IsDigit(rest[0]) && n is >= 1 and <= 12) { period = Month(year, n); return true; }
        return false;
    }

    public static Period Year(int year) => new($"{year}", "year", new DateOnly(year, 1, 1), new DateOnly(year + 1, 1, 1));
    public static Period Half(int year, int h) => new($"{year}-H{h}", "half", new DateOnly(year, h * 6 - 5, 1), new DateOnly(year, h * 6 - 5, 1).AddMonths(6));
    public static Period Quarter(int year, int q) => new($"{year}-Q{q}", "quarter", new DateOnly(year, q * 3 - 2, 1), new DateOnly(year, q * 3 - 2, 1).AddMonths(3));
    public static Period Month(int year, int month) => new($"{year}-{month:00}", "month", new DateOnly(year, month, 1), new DateOnly(year, month, 1).AddMonths(1));

    /// <summary>The period of <paramref name="kind"/> (month, quarter, half, year) containing <paramref name="day"/>.</summary>
    public static Period Containing(DateOnly day, string kind) => kind switch
    {
        "month" => Month(day.Year, day.Month),
        "quarter" => Quarter(day.Year, (day.Month - 1) / 3 + 1),
        "half" => Half(day.Year, day.Month <= 6 ? 1 : 2),
        "year" => Year(day.Year),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "a period kind is month, quarter, half or year; check it with Kind first."),
    };

    /// <summary>Consecutive periods of <paramref name="kind"/> covering [from, to).</summary>
    public static IReadOnlyList<Period> Series(DateOnly from, DateOnly to, string kind)
    {
        var list = new List<Period>();
        for (var p = Containing(from, kind); p.Start < to; p = Containing(p.End, kind)) list.Add(p);
        return list;
    }

    public bool Overlaps(Period other) => Start < other.End && other.Start < End;
    public bool Contains(DateOnly day) => day >= Start && day < End;
    public double ElapsedFraction(DateOnly today) =>
        today >= End ? 1 : today <= Start ? 0 : (today.DayNumber - Start.DayNumber) / (double)(End.DayNumber - Start.DayNumber);

    public override string ToString() => Code;

    [GeneratedRegex(@"^(?<y>\d{4})(?:-(?<r>[QqHh][1-4]|\d{2}))?$")]
    private static partial Regex Pattern();
}
