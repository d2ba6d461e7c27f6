using System.Globalization;
using System.Text;

namespace Meic.Monitoring.Reports;

/// <summary>One row per indicator, numbers as plain invariant numbers, every text cell neutralised against formula injection.</summary>
public static class CsvReport
{
    public static readonly string[] Header = ["code", "name", "kind", "unit", "period", "value", "numerator", "denominator", "target", "targetPeriod", "status", "needsCheck", "notes"];

    public static string Render(ReportData d)
    {
        var sb = new StringBuilder();
        sb.AppendLine(string.Join(",", Header));
        foreach (var r in d.Results)
            sb.AppendLine(string.Join(",", Row(d, r).Select(Quote)));
        return sb.ToString();
    }

    public static IReadOnlyList<string> Row(ReportData d, Compute.ResultView r) =>
    [
        CellGuard.Neutralise(r.Code), CellGuard.Neutralise(r.Name), r.Kind, r.Unit, d.Period, Num(r.Value), Num(r.Numerator), Num(r.Denominator),
        Num(r.Target), r.TargetPeriod ?? "", r.Status, r.NeedsCheck ? "true" : "false", CellGuard.Neutralise(string.Join("; ", r.Notes)),
    ];

    private static string Num(double? v) => v?.ToString("R", CultureInfo.InvariantCulture) ?? "";

    private static string Quote(string cell) =>
        cell.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + cell.Replace("\"", "\"\"") + "\"" : cell;
}
