using Meic.Monitoring.Commands;
using Meic.Monitoring.Periods;
using Meic.Sdk.Plugins;
using Spectre.Console;

namespace Meic.Monitoring.Screens;

/// <summary>The monitoring dashboard as a terminal UI screen; `meic monitor dashboard` prints the same view.</summary>
internal sealed class DashboardScreen(IMeicContext ctx) : IScreen
{
    public void Run(IScreenHost host)
    {
        var s = Ui.Strings(ctx);
        var period = Period.Containing(Ui.Today(ctx), "quarter");
        while (true)
        {
            host.Clear(s["dashboard.title", period.Code]);
            var (results, alerts) = DashboardView.Load(ctx, period);
            DashboardView.Draw(host.Console, ctx, s, period, results, alerts);
            host.Console.Write(new Text("\n" + s["screen.keys"] + "\n", new Style(Color.Grey)));
            ConsoleKeyInfo key;
            do key = host.ReadKey(); while (key.Key != ConsoleKey.Escape && key.KeyChar is not ('r' or 'R'));
            if (key.Key == ConsoleKey.Escape) return;
        }
    }
}
