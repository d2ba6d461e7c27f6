using System.CommandLine;
using System.Globalization;
using Meic.Monitoring.Alerts;
using Meic.Monitoring.Compute;
using Meic.Monitoring.Periods;
using Meic.Monitoring.Reports;
using Meic.Monitoring.Screens;
using Meic.Sdk.Errors;
using Meic.Sdk.Model;
using Meic.Sdk.Plugins;
using Meic.Sdk.Text;
using Spectre.Console;

namespace Meic.Monitoring.Commands;

internal static class ReportCommand
{
    public static readonly string[] Formats = ["md", "html", "docx", "csv", "xlsx"];

    public static Command Create(IMeicContext ctx, Strings s)
    {
        var period = new Option<string>("--period") { Required = true };
        var format = new Option<string?>("--format") { Description = s["opt.reportFormat"] };
        var output = new Option<string>("--out") { Required = true, Description = s["opt.out"] };
        var command = new Command("report", s["cmd.report"]) { period, format, output };
        command.SetAction(parse =>
        {
            var p = Period.Parse(parse.GetValue(period), s);
            var file = Path.GetFullPath(parse.GetValue(output)!);
            var fmt = (parse.GetValue(format) ?? Path.GetExtension(file).TrimStart('.')).ToLowerInvariant();
            if (!Formats.Contains(fmt)) throw new InputException(s["refuse.oneOf", string.Join(", ", Formats), fmt], "--format");
            if (Path.GetDirectoryName(file) is { } dir && !Directory.Exists(dir)) throw new InputException(s["refuse.noFolder", dir], "--out");
            var (results, alerts) = DashboardView.Load(ctx, p);
            var data = Build(ctx, s, p, results, alerts);
            var temp = file + ".tmp";
            try
            {
                switch (fmt)
                {
                    case "md": File.WriteAllText(temp, MarkdownReport.Render(data)); break;
                    case "html": File.WriteAllText(temp, HtmlReport.Render(data)); break;
                    case "csv": File.WriteAllText(temp, CsvReport.Render(data), new System.Text.UTF8Encoding(true)); break;
                    case "docx": DocxReport.Write(data, temp); break;
                    case "xlsx": XlsxReport.Write(data, temp); break;
                }
                File.Move(temp, file, overwrite: true);
            }
            finally { if (File.Exists(temp)) File.Delete(temp); }
            if (ctx.Json) ctx.WriteJson(new { file, format = fmt, period = p.Code, indicators = results.Count, alerts = alerts.Count });
            else ctx.Console.Write(new Text(s["report.written", file] + "\n"));
            return 0;
        });
        return command;
    }

    public static ReportData Build(IMeicContext ctx, Strings s, Period p, IReadOnlyList<IndicatorResult> results, IReadOnlyList<Alerts.Alert> alerts)
    {
        var cluster = ctx.Store.Collection<Cluster>(Cluster.CollectionName).Get("cluster");
        var alertKinds = new[] { AlertKinds.Absent, AlertKinds.Overdue, AlertKinds.QualityFalling, AlertKinds.UncoveredArea, AlertKinds.Expiring, AlertKinds.OffTrack };
        var keys = ReportData.Columns.Concat(["col.progress", "col.trend", "noData", "needsCheck", "report.notes", "alerts.title", "noAlerts",
                "col.todo", "report.noDataRows", "report.page", "report.progressChart", "report.trendChart", "col.alertKind", "col.subject", "col.message",
                "report.sheet.indicators", "kind.entered", "kind.computed", "yes", "no"])
            .Concat(Reports.XlsxReport.Headers)
            .Concat(alertKinds.SelectMany(k => new[] { "alert.kind." + k, "alert.todo." + k }))
            .Concat(new[] { TargetCheck.Met, TargetCheck.OnTrack, TargetCheck.OffTrack, TargetCheck.NoTarget, TargetCheck.NoData }.Select(x => "status." + x));
        return new ReportData(s["report.title"], cluster?.Name ?? "", p.Code,
            s["report.generated", Sdk.Text.Dates.Format(ctx.Clock.Now.DateTime, ctx.Language)], ctx.Language,
            // Units as words ("persone", not "people"), as every report is read by people.
            results.Select(r => ResultView.From(r, ctx.Language) with { Unit = Screens.MonitoringScreens.UnitLabel(ctx, r.Indicator.Unit) }).ToList(),
            alerts, keys.Distinct().ToDictionary(k => k, k => s[k]))
        {
            TrendLabels = Ui.Engine(ctx).TrendPeriods(p).Select(t => MonthLabel(t, ctx.Language)).ToList(),
        };
    }

    // "giu 2026", "jun 2026": the month as its readers abbreviate it, never "2026-06".
    private static string MonthLabel(Period month, string language) =>
        month.Start.ToString("MMM yyyy", System.Globalization.CultureInfo.GetCultureInfo(language)).TrimEnd('.');
}
