using Meic.Monitoring.Alerts;
using Meic.Monitoring.Compute;

namespace Meic.Monitoring.Reports;

/// <summary>Everything a report shows, already computed and localised.</summary>
public sealed record ReportData(string Title, string Cluster, string Period, string Generated, string Language,
    IReadOnlyList<ResultView> Results, IReadOnlyList<Alert> Alerts, IReadOnlyDictionary<string, string> Labels)
{
    public string Label(string key) => Labels.TryGetValue(key, out var v) ? v : key;

    public static readonly string[] Columns = ["col.code", "col.name", "col.unit", "col.value", "col.target", "col.status"];

    /// <summary>The cells of one result row, in <see cref="Columns"/> order.</summary>
    public IReadOnlyList<string> Cells(ResultView r) =>
        [r.Code, r.Name + (r.NeedsCheck ? " (!)" : ""), r.Unit, Format(r.Value), r.Target is null ? "" : Format(r.Target), Label("status." + r.Status)];

    public string Format(double? v) => v is { } x ? x.ToString(Math.Abs(x) >= 100 || x == Math.Floor(x) ? "0.##" : "0.####", System.Globalization.CultureInfo.InvariantCulture) : Label("noData");
}
