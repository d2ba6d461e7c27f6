using System.CommandLine;
using Meic.Monitoring.Periods;
using Meic.Sdk.Plugins;
using Meic.Sdk.Text;
using Spectre.Console;

namespace Meic.Monitoring.Commands;

internal static class LockCommand
{
    public static Command Create(IMeicContext ctx, Strings s)
    {
        var period = new Argument<string>("PERIOD");
        var note = new Option<string?>("--note");
        var command = new Command("lock", s["cmd.lock"]) { period, note };
        command.SetAction(parse =>
        {
            var p = Period.Parse(parse.GetValue(period), s, "PERIOD");
            new PeriodLocks(ctx.Store).Lock(p, ctx.User, ctx.Clock.Now, parse.GetValue(note));
            if (ctx.Json) ctx.WriteJson(new { period = p.Code, locked = true });
            else ctx.Console.Write(new Text(s["locked", p.Code] + "\n"));
            return 0;
        });
        return command;
    }
}
