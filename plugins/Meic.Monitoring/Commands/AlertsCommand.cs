using System.CommandLine;
using Meic.Monitoring.Alerts;
using Meic.Monitoring.Compute;
using Meic.Monitoring.Periods;
using Meic.Sdk.Plugins;
using Meic.Sdk.Text;
using Spectre.Console;

namespace Meic.Monitoring.Commands;

internal static class AlertsCommand
{
    public static Command Create(IMeicContext ctx, Strings s)
    {
        var period = new Option<string?>("--period") { Description = s["opt.alertsPeriod"] };
        var command = new Command("alerts", s["cmd.alerts"]) { period };
        command.SetAction(parse =>
        {
            var alerts = Current(ctx, parse.GetValue(period));
            if (ctx.Json) { ctx.WriteJson(alerts); return 0; }
            Write(ctx, s, alerts);
            return 0;
        });
        return command;
    }

    public static List<Alert> Current(IMeicContext ctx, string? period, IReadOnlyList<IndicatorResult>? results = null)
    {
        var settings = MonitoringSettings.From(ctx);
        var engine = Ui.Engine(ctx);
        var p = period is null ? Period.Containing(Ui.Today(ctx), "quarter") : Period.Parse(period, Ui.Strings(ctx));
        results ??= engine.Compute(new DateRange(p.Start, p.End));
        return AlertEngine.Evaluate(StateReader.Current(ctx.Store, ctx.Clock.Now), results, settings, ctx.Language);
    }

    // An alert kind a script or a newer plugin raised may have no words here yet: then its code, not a key.
    private static string Worded(Strings s, string key, string otherwise) => s.Keys.Contains(key) ? s[key] : otherwise;

    public static void Write(IMeicContext ctx, Strings s, IReadOnlyList<Alert> alerts)
    {
        if (alerts.Count == 0) { ctx.Console.Write(new Text(s["noAlerts"] + "\n", new Style(Color.Green))); return; }
        var table = new Table().Title(s["alerts.title"]).AddColumns(s["col.kind"], s["col.alert"], s["col.todo"]);
        foreach (var a in alerts)
            table.AddRow(new Text(Worded(s, "alert.kind." + a.Kind, a.Kind), new Style(Color.Yellow)), new Text(a.Message), new Text(Worded(s, "alert.todo." + a.Kind, "")));
        ctx.Console.Write(table);
    }
}
