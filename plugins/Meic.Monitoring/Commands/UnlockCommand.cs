using System.CommandLine;
using Meic.Monitoring.Periods;
using Meic.Sdk.Plugins;
using Meic.Sdk.Text;
using Spectre.Console;

namespace Meic.Monitoring.Commands;

internal static class UnlockCommand
{
    public static Command Create(IMeicContext ctx, Strings s)
    {
        var period = new Argument<string>("PERIOD");
        var command = new Command("unlock", s["cmd.unlock"]) { period };
        command.SetAction(parse =>
        {
            var p = Period.Parse(parse.GetValue(period), s, "PERIOD");
            new PeriodLocks(ctx.Store).Unlock(p);
            if (ctx.Json) ctx.WriteJson(new { period = p.Code, locked = false });
            else ctx.Console.Write(new Text(s["unlocked", p.Code] + "\n"));
            return 0;
        });
        return command;
    }
}
