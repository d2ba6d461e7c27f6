using System.CommandLine;

namespace Meic.Facilitation.Commands;

/// <summary><c>meic meeting close ID</c>: ends the meeting and writes its minutes.</summary>
internal static class CloseCommand
{
    public static Command Create(Store.Facilitation f)
    {
        var t = f.T;
        var id = new Argument<string>("ID") { Description = t["arg.id"] };
        var names = new Option<bool>("--with-names") { Description = t["opt.withNames"] };
        var command = new Command("close", t["cmd.close"]) { id, names };
        command.SetAction(parse =>
        {
            var m = f.RequireMeeting(parse.GetValue(id)!);
            // What the live console lists before closing, said here too (the meeting closes all the same).
            var warnings = m.Status == Model.MeetingStatus.Closed ? [] : Store.CloseWarnings.For(f, m);
            var file = Store.MeetingLifecycle.Close(f, m, parse.GetValue(names));
            if (f.Context.Json) f.Context.WriteJson(new { meetingId = m.Id, status = m.Status, minutes = file, warnings });
            else
            {
                foreach (var w in warnings) Output.Warn(f, w);
                Output.Line(f.Context.Console, t["close.done", m.Title, file]);
            }
            return 0;
        });
        return command;
    }
}
