using Meic.Monitoring.Model;

namespace Meic.Monitoring.Compute;

/// <summary>One indicator over one range, against its target.</summary>
public sealed class IndicatorResult
{
    public required Indicator Indicator { get; init; }
    public required DateRange Range { get; init; }
    public required Measure Measure { get; init; }
    public double? Target { get; init; }
    public string? TargetPeriod { get; init; }
    public required string Status { get; init; }
    /// <summary>Earlier values, oldest first (for sparklines), when a series was asked for.</summary>
    public List<double?> Trend { get; set; } = new();
}
