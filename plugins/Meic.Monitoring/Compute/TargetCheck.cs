using Meic.Monitoring.Model;
using Meic.Monitoring.Periods;

namespace Meic.Monitoring.Compute;

/// <summary>Compares a value with the target of its period: met, on track, off track, no target, no data.</summary>
public static class TargetCheck
{
    public const string Met = "met", OnTrack = "onTrack", OffTrack = "offTrack", NoTarget = "noTarget", NoData = "noData";

    /// <summary>The target that applies to <paramref name="range"/>: one set for exactly that period, or for a period containing it.</summary>
    public static (Period Period, double Value)? TargetFor(Indicator indicator, DateRange range)
    {
        (Period, double)? best = null;
        foreach (var (code, value) in indicator.Targets)
        {
            if (!Period.TryParse(code, out var p) || p.Start > range.From || p.End < range.To) continue;
            if (best is null || p.End.DayNumber - p.Start.DayNumber < best.Value.Item1.End.DayNumber - best.Value.Item1.Start.DayNumber) best = (p, value);
        }
        return best;
    }

    /// <summary>
    /// A count that accumulates over the period is expected to have grown pro rata by <paramref name="today"/>;
    /// a level grows from its baseline; a rate or score is held to its target throughout.
    /// </summary>
    public static string Status(Indicator indicator, double? value, (Period Period, double Value)? target, DateOnly today, double tolerance)
    {
        if (value is null) return NoData;
        if (target is null) return NoTarget;
        var (period, goal) = target.Value;
        var up = indicator.Direction != "down";
        if (up ? value >= goal : value <= goal) return Met;
        var elapsed = period.ElapsedFraction(today);
        var expected = indicator.IsRatio || indicator.Unit == "score" ? goal
            : indicator.Cumulative ? goal * elapsed
            : (indicator.Baseline ?? 0) + (goal - (indicator.Baseline ?? 0)) * elapsed;
        var off = up ? value < expected * (1 - tolerance) : value > expected * (1 + tolerance);
        return off ? OffTrack : OnTrack;
    }
}
