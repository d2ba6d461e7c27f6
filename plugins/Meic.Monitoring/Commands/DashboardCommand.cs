using System.CommandLine;
using Meic.Monitoring.Compute;
using Meic.Monitoring.Periods;
using Meic.Monitoring.Screens;
using Meic.Sdk.Plugins;
using Meic.Sdk.Text;

namespace Meic.Monitoring.Commands;

internal static class DashboardCommand
{
    public static Command Create(IMeicContext ctx, Strings s)
    {
        var period = new Option<string?>("--period") { Description = s["opt.periodDefault"] };
        var command = new Command("dashboard", s["cmd.dashboard"]) { period };
        command.SetAction(parse =>
        {
            var p = parse.GetValue(period) is { } text ? Period.Parse(text, s) : Period.Containing(Ui.Today(ctx), "quarter");
            var (results, alerts) = DashboardView.Load(ctx, p);
            if (ctx.Json) { ctx.WriteJson(new { period = p.Code, results = results.Select(r => ResultView.From(r, ctx.Language)), alerts }); return 0; }
            DashboardView.Draw(ctx.Console, ctx, s, p, results, alerts);
            return 0;
        });
        return command;
    }
}
