using Meic.Monitoring.Alerts;
using Meic.Monitoring.Compute;

namespace Meic.Monitoring.Reports;

/// <summary>Everything a report shows, already computed and localised.</summary>
public sealed record ReportData(string Title, string Cluster, string Period, string Generated, string Language,
    IReadOnlyList<ResultView> Results, IReadOnlyList<Alert> Alerts, IReadOnlyDictionary<string, string> Labels)
{
    /// <summary>What each value of a result's <see cref="ResultView.Trend"/> measures, in words ("giu 2026").</summary>
    public IReadOnlyList<string> TrendLabels { get; init; } = [];

    public string Label(string key) => Labels.TryGetValue(key, out var v) ? v : key;

    public static readonly string[] Columns = ["col.code", "col.name", "col.unit", "col.value", "col.target", "col.status"];

    /// <summary>The cells of one result row, in <see cref="Columns"/> order.</summary>
    public IReadOnlyList<string> Cells(ResultView r) =>
        [r.Code, r.Name + (r.NeedsCheck ? " (!)" : ""), r.Unit, Format(r.Value), r.Target is null ? "" : Format(r.Target), Label("status." + r.Status)];

    /// <summary>An alert's kind in words, and what to do about it.</summary>
    public string AlertLabel(Alert a) => Label("alert.kind." + a.Kind);

    public string AlertTodo(Alert a) => Label("alert.todo." + a.Kind);

    /// <summary>The rows a printed table shows: the rows with no data are folded into one line (<see cref="NoDataLine"/>).</summary>
    public IReadOnlyList<ResultView> WithData => Results.Where(r => r.Value is not null).ToList();

    /// <summary>"Senza dati (3): A, B, C", or null when every indicator has a value.</summary>
    public string? NoDataLine
    {
        get
        {
            var none = Results.Where(r => r.Value is null).Select(r => r.Code).ToList();
            return none.Count == 0 ? null : string.Format(System.Globalization.CultureInfo.InvariantCulture, Label("report.noDataRows"), none.Count, string.Join(", ", none));
        }
    }

    public string Format(double? v) => Commands.Ui.Number(v, Commands.Ui.Strings(Language));
}
