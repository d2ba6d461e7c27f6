using System.CommandLine;
using Meic.Facilitation.Model;

namespace Meic.Facilitation.Commands;

/// <summary><c>meic meeting approve ID [--at NEXT]</c>: the minutes are approved (by default at the next meeting) and locked.</summary>
internal static class ApproveCommand
{
    public static Command Create(Store.Facilitation f)
    {
        var t = f.T;
        var id = new Argument<string>("ID") { Description = t["arg.id"] };
        var at = new Option<string?>("--at") { Description = t["opt.at"] };
        var command = new Command("approve", t["cmd.approve"]) { id, at };
        command.SetAction(parse =>
        {
            var m = f.RequireMeeting(parse.GetValue(id)!);
            var next = parse.GetValue(at) is { } a ? f.RequireMeeting(a)
                : f.Meetings.All().Where(o => o.Start > m.Start && o.Status != MeetingStatus.Planned).OrderBy(o => o.Start).FirstOrDefault();
            Store.MeetingLifecycle.Approve(f, m, next);
            if (f.Context.Json) f.Context.WriteJson(new { meetingId = m.Id, m.MinutesApproved, m.ApprovedAt, m.ApprovedInMeetingId });
            else Output.Line(f.Context.Console, m.ApprovedInMeetingId is { } inMeeting ? t["approve.done", m.Title, f.RequireMeeting(inMeeting).Title] : t["approve.doneAlone", m.Title]);
            return 0;
        });
        return command;
    }
}
