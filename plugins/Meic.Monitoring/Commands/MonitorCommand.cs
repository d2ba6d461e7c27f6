using System.CommandLine;
using Meic.Sdk.Plugins;

namespace Meic.Monitoring.Commands;

/// <summary>`meic monitor …`: wires the subcommands.</summary>
internal static class MonitorCommand
{
    public static Command Create(IMeicContext ctx)
    {
        var s = Ui.Strings(ctx);
        var indicators = new Command("indicators", s["cmd.indicators"])
        {
            IndicatorsListCommand.Create(ctx, s), IndicatorsShowCommand.Create(ctx, s),
            IndicatorsAddCommand.Create(ctx, s), IndicatorsImportCommand.Create(ctx, s),
        };
        var values = new Command("values", s["cmd.values"]) { ValuesListCommand.Create(ctx, s), ValuesImportCommand.Create(ctx, s) };
        return new Command("monitor", s["cmd.monitor"])
        {
            indicators, values,
            EnterCommand.Create(ctx, s), LockCommand.Create(ctx, s), UnlockCommand.Create(ctx, s),
            ComputeCommand.Create(ctx, s), AlertsCommand.Create(ctx, s), DashboardCommand.Create(ctx, s), ReportCommand.Create(ctx, s),
        };
    }
}
