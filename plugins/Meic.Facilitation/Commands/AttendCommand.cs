using System.CommandLine;
using Meic.Facilitation.Model;
using Meic.Sdk.Errors;

namespace Meic.Facilitation.Commands;

/// <summary><c>meic meeting attend ID ACTOR [--person NAME] --present|--absent|--excused</c>: marks one invitee (or a walk-in).</summary>
internal static class AttendCommand
{
    public static Command Create(Store.Facilitation f)
    {
        var t = f.T;
        var id = new Argument<string>("ID") { Description = t["arg.id"] };
        var actor = new Argument<string>("ACTOR") { Description = t["arg.actors"] };
        var person = new Option<string?>("--person") { Description = t["opt.person"] };
        var present = new Option<bool>("--present") { Description = t["opt.present"] };
        var absent = new Option<bool>("--absent") { Description = t["opt.absent"] };
        var excused = new Option<bool>("--excused") { Description = t["opt.excused"] };
        var command = new Command("attend", t["cmd.attend"]) { id, actor, person, present, absent, excused };
        command.SetAction(parse =>
        {
            var marks = new[] { (parse.GetValue(present), AttendanceMark.Present), (parse.GetValue(absent), AttendanceMark.Absent), (parse.GetValue(excused), AttendanceMark.Excused) }
                .Where(x => x.Item1).Select(x => x.Item2).ToList();
            if (marks.Count != 1) throw new InputException(t["error.oneMark"], "--present");
            var m = Store.MeetingRecords.Mark(f, f.RequireMeeting(parse.GetValue(id)!), parse.GetValue(actor)!, parse.GetValue(person), marks[0]);
            if (f.Context.Json) f.Context.WriteJson(new { meetingId = m.Id, attendance = m.Attendance });
            else Output.Line(f.Context.Console, t["attend.done", f.ActorName(f.RequireActor(parse.GetValue(actor)!, "ACTOR").Id), Store.FacilitationVocabularies.Label(marks[0], f.Context.Language)]);
            return 0;
        });
        return command;
    }
}
