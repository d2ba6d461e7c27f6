using System.CommandLine;
using Meic.Facilitation.Model;
using Meic.Sdk.Errors;

namespace Meic.Facilitation.Commands;

/// <summary><c>meic meeting invite ID ACTOR… [--person NAME]</c>: invites organisations (and optionally a named person).</summary>
internal static class InviteCommand
{
    public static Command Create(Store.Facilitation f)
    {
        var t = f.T;
        var id = new Argument<string>("ID") { Description = t["arg.id"] };
        var actors = new Argument<string[]>("ACTOR") { Description = t["arg.actors"], Arity = ArgumentArity.OneOrMore };
        var person = new Option<string?>("--person") { Description = t["opt.person"] };
        var command = new Command("invite", t["cmd.invite"]) { id, actors, person };
        command.SetAction(parse =>
        {
            var m = f.RequireMeeting(parse.GetValue(id)!);
            f.EnsureEditable(m);
            if (m.Status == MeetingStatus.Closed) throw new InputException(t["error.closed", m.Id], m.Id);
            var resolved = parse.GetValue(actors)!.Select(a => f.RequireActor(a, "ACTOR")).ToList();
            var who = parse.GetValue(person)?.Trim();
            var added = 0;
            foreach (var a in resolved)
            {
                if (m.Invited.Any(i => i.ActorId == a.Id && i.Person == who)) continue;
                m.Invited.Add(new Invitation { ActorId = a.Id, Person = who });
                m.Attendance.Add(new Attendance { ActorId = a.Id, Person = who });
                added++;
            }
            f.Meetings.Update(m);
            if (f.Context.Json) f.Context.WriteJson(new { meetingId = m.Id, added, invited = m.Invited });
            else Output.Line(f.Context.Console, t.Plural("invite.done", added, t.Plural("invite.total", m.Invited.Count)));
            return 0;
        });
        return command;
    }
}
