using Meic.Sdk.Model;

namespace Meic.Monitoring.Model;

/// <summary>One indicator of the catalogue (collection <c>indicators</c>, id = code).</summary>
public sealed class Indicator : Document
{
    public const string CollectionName = "indicators";

    public string Code { get; set; } = "";
    public LocalizedText Name { get; set; } = new();
    public LocalizedText Definition { get; set; } = new();
    /// <summary>computed or entered.</summary>
    public string Kind { get; set; } = IndicatorKinds.Entered;
    /// <summary>For a computed indicator: which calculation (see <c>Calculators</c>), for example <c>network.density</c>.</summary>
    public string? Compute { get; set; }
    /// <summary>count, percent, ratio, score, days.</summary>
    public string Unit { get; set; } = "count";
    /// <summary>For a ratio: what the numerator and denominator count.</summary>
    public LocalizedText? Numerator { get; set; }
    public LocalizedText? Denominator { get; set; }
    /// <summary>Dimensions values may be split by (sex, ageBand, legalStatus, district, sector…).</summary>
    public List<string> Disaggregations { get; set; } = new();
    public double? Baseline { get; set; }
    public string? BaselinePeriod { get; set; }
    /// <summary>Target per period (2025, 2025-Q2, 2025-06…).</summary>
    public Dictionary<string, double> Targets { get; set; } = new();
    /// <summary>month, quarter, half or year.</summary>
    public string Periodicity { get; set; } = "quarter";
    /// <summary>up (more is better) or down.</summary>
    public string Direction { get; set; } = "up";
    /// <summary>Whether entered values add up over a period (people trained) or not (a rate).</summary>
    public bool Cumulative { get; set; } = true;
    public string? Source { get; set; }
    /// <summary>The preset the indicator came from (meic-core, eu-integration-fund) or null.</summary>
    public string? Set { get; set; }
    /// <summary>The text must be checked against the official regulation before reporting with it.</summary>
    public bool NeedsCheck { get; set; }
    public string? CheckNote { get; set; }

    public bool IsRatio => Unit is "percent" or "ratio";
    public bool IsComputed => Kind == IndicatorKinds.Computed;
}

public static class IndicatorKinds
{
    public const string Computed = "computed";
    public const string Entered = "entered";
}
