using System.Globalization;
using Meic.Monitoring.Compute;
using Meic.Monitoring.Periods;
using Meic.Sdk.Errors;
using Meic.Sdk.Plugins;
using Meic.Sdk.Text;

namespace Meic.Monitoring.Commands;

/// <summary>What every monitoring command shares: strings, number formatting, range parsing.</summary>
internal static class Ui
{
    public static Strings Strings(IMeicContext ctx) => Strings(ctx.Language);

    public static Strings Strings(string language) => Sdk.Text.Strings.Load(typeof(MonitoringPlugin).Assembly, "Meic.Monitoring.strings", language);

    /// <summary>A value as people read it, in the workspace's language (<see cref="Show"/>).</summary>
    public static string Number(double? value, Strings s) => Show(value, s);

    /// <summary>A number as people type it (4.5 or 4,5), or null when not given.</summary>
    public static double? Amount(string? text, string where, Strings s) =>
        string.IsNullOrWhiteSpace(text) ? null
        : Numbers.TryParse(text, out var n) ? (double)n : throw new InputException(s["refuse.notNumber", text], where);

    /// <summary>A value for reading, in the workspace's language (4,5 in Italian), or "no data".</summary>
    public static string Show(double? value, Strings s)
    {
        if (value is not { } v) return s["noData"];
        if (!double.IsFinite(v)) return v.ToString(CultureInfo.InvariantCulture);
        var d = (decimal)Math.Round(v, Math.Abs(v) >= 100 ? 0 : 4) / 1.0000000000000000000000000000m;   // drops trailing zeros
        return Numbers.Format(d, s.Language, Math.Min((int)d.Scale, 4));
    }

    public static string Status(string status, Strings s) => s["status." + status];

    public static DateOnly Today(IMeicContext ctx) => DateOnly.FromDateTime(ctx.Clock.Now.UtcDateTime);

    /// <summary>--from/--to (days; --to inclusive) or --period; default: the current year up to today.</summary>
    public static DateRange Range(IMeicContext ctx, string? from, string? to, string? period, Strings s)
    {
        if (period is not null)
        {
            if (from is not null || to is not null) throw new InputException(s["refuse.periodOrRange"], "--period");
            var p = Period.Parse(period, s);
            return new DateRange(p.Start, p.End);
        }
        var today = Today(ctx);
        var start = from is null ? new DateOnly(today.Year, 1, 1) : Day(from, "--from", s);
        var end = to is null ? today.AddDays(1) : Day(to, "--to", s).AddDays(1);
        if (end <= start) throw new InputException(s["refuse.toBeforeFrom"], "--to");
        return new DateRange(start, end);
    }

    /// <summary>A day as people write it (31/03/2025) or as the toolkit does (2025-03-31); refused in the user's language.</summary>
    public static DateOnly Day(string text, string where, Strings s) => Sdk.Text.Dates.Parse(text, s.Language, where);

    public static MonitoringEngine Engine(IMeicContext ctx) =>
        new(ctx.Store, ctx.Clock.Now, MonitoringSettings.From(ctx).OffTrackTolerance);

    /// <summary>A bar of <paramref name="width"/> cells for value/target.</summary>
    public static string Bar(double? value, double? target, int width = 12)
    {
        if (value is not { } v || target is not { } t || t <= 0) return new string('·', width);
        var filled = (int)Math.Round(Math.Clamp(v / t, 0, 1) * width);
        return new string('█', filled) + new string('░', width - filled);
    }

    private static readonly char[] Ticks = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];

    /// <summary>A text sparkline; gaps (no data) shown as a space.</summary>
    public static string Sparkline(IReadOnlyList<double?> values)
    {
        var known = values.Where(v => v is not null).Select(v => v!.Value).ToList();
        if (known.Count == 0) return "";
        double min = known.Min(), max = known.Max();
        return new string(values.Select(v => v is not { } x ? ' ' : max == min ? Ticks[3] : Ticks[(int)Math.Round((x - min) / (max - min) * 7)]).ToArray());
    }

    /// <summary>Parses repeated k=v options.</summary>
    public static Dictionary<string, string> Pairs(IEnumerable<string>? items, string where, Strings s)
    {
        var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var item in items ?? [])
        {
            var eq = item.IndexOf('=');
            if (eq <= 0 || eq == item.Length - 1) throw new InputException(s["refuse.pair", item], where);
            if (!map.TryAdd(item[..eq].Trim(), item[(eq + 1)..].Trim())) throw new InputException(s["refuse.pairTwice", item[..eq]], where);
        }
        return map;
    }
}
