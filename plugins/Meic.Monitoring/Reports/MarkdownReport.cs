using System.Text;

namespace Meic.Monitoring.Reports;

public static class MarkdownReport
{
    public static string Render(ReportData d)
    {
        var sb = new StringBuilder();
        sb.AppendLine($"# {Esc(d.Title)} — {Esc(d.Cluster)} — {d.Period}").AppendLine();
        sb.AppendLine(Esc(d.Generated)).AppendLine();
        sb.AppendLine("| " + string.Join(" | ", ReportData.Columns.Select(c => Esc(d.Label(c)))) + " |");
        sb.AppendLine("|" + string.Concat(ReportData.Columns.Select(_ => "---|")));
        foreach (var r in d.WithData) sb.AppendLine("| " + string.Join(" | ", d.Cells(r).Select(Esc)) + " |");
        if (d.NoDataLine is { } none) sb.AppendLine().AppendLine(Esc(none));
        if (d.Results.Any(r => r.NeedsCheck)) sb.AppendLine().AppendLine($"(!) {Esc(d.Label("needsCheck"))}");
        // Indicators without data are named once, in the folded line; their "no data" notes would only repeat it.
        var notes = d.WithData.SelectMany(r => r.Notes.Select(n => $"{r.Code}: {n}")).ToList();
        if (notes.Count > 0)
        {
            sb.AppendLine().AppendLine($"## {Esc(d.Label("report.notes"))}").AppendLine();
            foreach (var n in notes) sb.AppendLine($"- {Esc(n)}");
        }
        sb.AppendLine().AppendLine($"## {Esc(d.Label("alerts.title"))}").AppendLine();
        if (d.Alerts.Count == 0) sb.AppendLine(Esc(d.Label("noAlerts")));
        foreach (var a in d.Alerts) sb.AppendLine($"- **{Esc(d.AlertLabel(a))}**: {Esc(a.Message)}. {Esc(d.AlertTodo(a))}");
        return sb.ToString();
    }

    private static string Esc(string text) => text.Replace("\\", "\\\\").Replace("|", "\\|").Replace("<", "&lt;").Replace("\n", " ");
}
