namespace Meic.Monitoring.Compute;

/// <summary>Days from <see cref="From"/> (inclusive) to <see cref="To"/> (exclusive).</summary>
public sealed record DateRange(DateOnly From, DateOnly To)
{
    public bool Contains(DateOnly? day) => day is { } d && d >= From && d < To;
    public override string ToString() => $"{From:yyyy-MM-dd}..{To.AddDays(-1):yyyy-MM-dd}";
}
