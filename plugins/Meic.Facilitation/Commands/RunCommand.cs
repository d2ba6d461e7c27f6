using System.CommandLine;
using Meic.Facilitation.Console;
using Meic.Sdk.Errors;
using Spectre.Console;

namespace Meic.Facilitation.Commands;

/// <summary><c>meic meeting run ID</c>: the facilitator's full-screen live console.</summary>
internal static class RunCommand
{
    public static Command Create(Store.Facilitation f)
    {
        var t = f.T;
        var id = new Argument<string>("ID") { Description = t["arg.id"] };
        var command = new Command("run", t["cmd.run"]) { id };
        command.SetAction(parse =>
        {
            var m = f.RequireMeeting(parse.GetValue(id)!);
            if (System.Console.IsInputRedirected || System.Console.IsOutputRedirected)
                throw new InputException(t["error.needsTerminal"]);
            var console = f.Context.Console;
            var live = new RunConsole(f, m, console, new TerminalKeys());
            console.Cursor.Show(false);
            try { console.AlternateScreen(live.Run); }
            finally { console.Cursor.Show(true); }
            Output.Line(console, live.MinutesFile is null ? t["run.paused", m.Id] : t["close.done", m.Id, live.MinutesFile]);
            return 0;
        });
        return command;
    }
}
