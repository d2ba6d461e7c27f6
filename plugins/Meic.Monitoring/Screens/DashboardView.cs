using Meic.Monitoring.Alerts;
using Meic.Monitoring.Commands;
using Meic.Monitoring.Compute;
using Meic.Monitoring.Periods;
using Meic.Sdk.Plugins;
using Meic.Sdk.Text;
using Spectre.Console;

namespace Meic.Monitoring.Screens;

/// <summary>Draws the dashboard (values against targets, bars, sparklines, alerts) on any console: the CLI and the screen share it.</summary>
internal static class DashboardView
{
    public static (IReadOnlyList<IndicatorResult> Results, List<Alert> Alerts) Load(IMeicContext ctx, Period period)
    {
        var results = Ui.Engine(ctx).WithTrend(period);
        return (results, AlertsCommand.Current(ctx, period.Code, results));
    }

    public static void Draw(IAnsiConsole console, IMeicContext ctx, Strings s, Period period, IReadOnlyList<IndicatorResult> results, IReadOnlyList<Alert> alerts)
    {
        if (results.Count == 0) { console.Write(new Text(s["empty"] + "\n")); return; }
        var table = new Table().Title(s["dashboard.title", period.Code]).AddColumns(s["col.code"], s["col.name"])
            .AddColumn(new TableColumn(s["col.value"]).RightAligned()).AddColumn(new TableColumn(s["col.target"]).RightAligned())
            .AddColumns(s["col.progress"], s["col.trend"], s["col.status"]);
        foreach (var r in results)
        {
            var color = r.Status switch { TargetCheck.Met => Color.Green, TargetCheck.OnTrack => Color.Green, TargetCheck.OffTrack => Color.Red, _ => Color.Grey };
            table.AddRow(new Text(r.Indicator.Code), new Text(Trim(r.Indicator.Name.For(ctx.Language), 40) + (r.Indicator.NeedsCheck ? " (!)" : "")),
                new Text(Ui.Number(r.Measure.Value, s)), new Text(r.Target is null ? "" : Ui.Number(r.Target, s)),
                new Text(Ui.Bar(r.Measure.Value, r.Target), new Style(color)), new Text(Ui.Sparkline(r.Trend)), new Text(Ui.Status(r.Status, s), new Style(color)));
        }
        console.Write(table);
        AlertsCommandWriter(console, s, alerts);
    }

    private static void AlertsCommandWriter(IAnsiConsole console, Strings s, IReadOnlyList<Alert> alerts)
    {
        if (alerts.Count == 0) { console.Write(new Text(s["noAlerts"] + "\n", new Style(Color.Green))); return; }
        console.Write(new Text(s["alerts.title"] + "\n", new Style(decoration: Decoration.Bold)));
        foreach (var a in alerts) console.Write(new Text($"  ! {a.Message}\n", new Style(Color.Yellow)));
    }

    private static string Trim(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
