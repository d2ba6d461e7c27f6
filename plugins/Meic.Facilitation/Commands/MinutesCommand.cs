using System.CommandLine;
using Meic.Sdk.Errors;

namespace Meic.Facilitation.Commands;

/// <summary><c>meic meeting minutes ID --format md|docx [--out FILE] [--with-names]</c>.</summary>
internal static class MinutesCommand
{
    public static Command Create(Store.Facilitation f)
    {
        var t = f.T;
        var id = new Argument<string>("ID") { Description = t["arg.id"] };
        var format = new Option<string>("--format") { Description = t["opt.minutesFormat"], DefaultValueFactory = _ => "md" };
        var output = new Option<string?>("--out") { Description = t["opt.out"] };
        var names = new Option<bool>("--with-names") { Description = t["opt.withNames"] };
        var command = new Command("minutes", t["cmd.minutes"]) { id, format, output, names };
        command.SetAction(parse =>
        {
            var m = f.RequireMeeting(parse.GetValue(id)!);
            var fmt = parse.GetValue(format)!.ToLowerInvariant();
            if (fmt is not ("md" or "docx")) throw new InputException(t["error.minutesFormat", fmt], "--format");
            var file = Minutes.MinutesFiles.Write(f, m, fmt, parse.GetValue(output), parse.GetValue(names));
            if (f.Context.Json) f.Context.WriteJson(new { meetingId = m.Id, format = fmt, file, approved = m.MinutesApproved });
            else Output.Line(f.Context.Console, t["minutes.written", file]);
            return 0;
        });
        return command;
    }
}
