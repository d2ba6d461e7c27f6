using System.CommandLine;
using Meic.Facilitation.Console;
using Meic.Sdk.Errors;

namespace Meic.Facilitation.Commands;

/// <summary><c>meic meeting run ID [--take-over]</c>: the facilitator's full-screen live console.</summary>
internal static class RunCommand
{
    public static Command Create(Store.Facilitation f)
    {
        var t = f.T;
        var id = new Argument<string>("ID") { Description = t["arg.id"] };
        var takeOver = new Option<bool>("--take-over") { Description = t["opt.takeOver"] };
        var command = new Command("run", t["cmd.run"]) { id, takeOver };
        command.SetAction(parse =>
        {
            var m = f.RequireMeeting(parse.GetValue(id)!);
            // Refusals (a closed or locked meeting) come before the screen is taken, as one line in the user's language.
            if (m.Status == Model.MeetingStatus.Closed) throw new InputException(t["error.closed", m.Id], m.Id);
            f.EnsureEditable(m);
            if (System.Console.IsInputRedirected || System.Console.IsOutputRedirected)
                throw new InputException(t["error.needsTerminal"]);
            var minutes = LiveConsoleApp.Run(f, m.Id, parse.GetValue(takeOver), out var wrote);
            Output.Line(f.Context.Console, minutes is not null ? t["close.done", m.Title, minutes] : wrote ? t["run.paused", m.Id] : t["run.leftReadOnly", m.Id]);
            return 0;
        });
        return command;
    }
}
