namespace Meic.Monitoring.Compute;

/// <summary>The plain shape of a result, for --json and reports.</summary>
public sealed record ResultView(string Code, string Name, string Kind, string Unit, string Range, double? Value, double? Numerator, double? Denominator,
    double? Target, string? TargetPeriod, string Status, IReadOnlyDictionary<string, double?> Breakdown, IReadOnlyList<string> Notes,
    IReadOnlyList<double?> Trend, bool NeedsCheck)
{
    public static ResultView From(IndicatorResult r, string language) => new(r.Indicator.Code, r.Indicator.Name.For(language), r.Indicator.Kind,
        r.Indicator.Unit, r.Range.ToString(), r.Measure.Value, r.Measure.Numerator, r.Measure.Denominator, r.Target, r.TargetPeriod, r.Status,
        r.Measure.Breakdown, r.Measure.Notes.Select(n => n.In(Commands.Ui.Strings(language))).ToList(), r.Trend, r.Indicator.NeedsCheck);
}
