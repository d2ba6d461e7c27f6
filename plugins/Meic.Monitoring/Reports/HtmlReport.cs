using System.Net;
using System.Text;

namespace Meic.Monitoring.Reports;

/// <summary>A self-contained HTML page: no scripts, charts as inline SVG.</summary>
public static class HtmlReport
{
    public static string Render(ReportData d)
    {
        static string H(string s) => WebUtility.HtmlEncode(s);
        var sb = new StringBuilder();
        sb.Append($"<!DOCTYPE html>\n<html lang=\"{H(d.Language)}\"><head><meta charset=\"utf-8\"><title>{H(d.Title)} — {H(d.Cluster)} — {H(d.Period)}</title>");
        sb.Append("<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:4px 8px;text-align:left}")
          .Append("td.num{text-align:right}.offTrack{color:#c0392b}.met,.onTrack{color:#1e8449}.noData,.noTarget{color:#777}")
          // Printed from a browser: landscape A4, no split rows, the table header on every page, colours kept.
          .Append("@media print{@page{size:A4 landscape;margin:1.5cm}body{margin:0;font-size:10pt}tr{break-inside:avoid}thead{display:table-header-group}")
          .Append("*{-webkit-print-color-adjust:exact;print-color-adjust:exact}h2{break-after:avoid}}</style></head><body>\n");
        sb.Append($"<h1>{H(d.Title)} — {H(d.Cluster)} — {H(d.Period)}</h1>\n<p>{H(d.Generated)}</p>\n<table>\n<thead><tr>");
        foreach (var c in ReportData.Columns) sb.Append($"<th>{H(d.Label(c))}</th>");
        sb.Append($"<th>{H(d.Label("col.progress"))}</th><th>{H(d.Label("col.trend"))}</th></tr></thead>\n<tbody>\n");
        foreach (var r in d.WithData)
        {
            var cells = d.Cells(r);
            sb.Append("<tr>");
            for (var i = 0; i < cells.Count; i++)
                sb.Append(i is 3 or 4 ? $"<td class=\"num\">{H(cells[i])}</td>" : i == 5 ? $"<td class=\"{H(r.Status)}\">{H(cells[i])}</td>" : $"<td>{H(cells[i])}</td>");
            sb.Append($"<td>{SvgCharts.Bar(r.Value, r.Target, r.Status)}</td><td>{SvgCharts.Sparkline(r.Trend)}</td></tr>\n");
        }
        sb.Append("</tbody></table>\n");
        if (d.NoDataLine is { } none) sb.Append($"<p class=\"noData\">{H(none)}</p>\n");
        if (d.Results.Any(r => r.NeedsCheck)) sb.Append($"<p>(!) {H(d.Label("needsCheck"))}</p>\n");
        // Indicators without data are named once, in the folded line; their "no data" notes would only repeat it.
        var notes = d.WithData.SelectMany(r => r.Notes.Select(n => $"{r.Code}: {n}")).ToList();
        if (notes.Count > 0) sb.Append($"<h2>{H(d.Label("report.notes"))}</h2><ul>").Append(string.Concat(notes.Select(n => $"<li>{H(n)}</li>"))).Append("</ul>\n");
        sb.Append($"<h2>{H(d.Label("alerts.title"))}</h2>\n");
        sb.Append(d.Alerts.Count == 0 ? $"<p>{H(d.Label("noAlerts"))}</p>\n"
            : "<ul>" + string.Concat(d.Alerts.Select(a => $"<li><strong>{H(d.AlertLabel(a))}</strong>: {H(a.Message)}. {H(d.AlertTodo(a))}</li>")) + "</ul>\n");
        return sb.Append("</body></html>\n").ToString();
    }
}
