using System.CommandLine;
using Meic.Facilitation.Model;
using Meic.Sdk.Errors;

namespace Meic.Facilitation.Commands;

/// <summary><c>meic meeting pulse ID --openness N --balance N --usefulness N --trust N [--remark TEXT]</c>: one dialogue-quality response.</summary>
internal static class PulseCommand
{
    public static Command Create(Store.Facilitation f)
    {
        var t = f.T;
        var id = new Argument<string>("ID") { Description = t["arg.id"] };
        Option<int> Score(string name) => new(name) { Description = t["opt.score"], Required = true };
        var openness = Score("--openness");
        var balance = Score("--balance");
        var usefulness = Score("--usefulness");
        var trust = Score("--trust");
        var remark = new Option<string?>("--remark") { Description = t["opt.remark"] };
        var by = new Option<string?>("--by") { Description = t["opt.by"] };
        var command = new Command("pulse", t["cmd.pulse"]) { id, openness, balance, usefulness, trust, remark, by };
        command.SetAction(parse =>
        {
            var m = f.RequireMeeting(parse.GetValue(id)!);
            f.EnsureEditable(m);
            if (m.Status == MeetingStatus.Planned) throw new InputException(t["error.pulsePlanned", m.Id], m.Id);
            int Check(Option<int> o)
            {
                var v = parse.GetValue(o);
                return v is >= 1 and <= 5 ? v : throw new InputException(t["error.score", v], o.Name);
            }
            var entry = new PulseEntry
            {
                Openness = Check(openness), Balance = Check(balance), Usefulness = Check(usefulness), Trust = Check(trust),
                Remark = parse.GetValue(remark), By = parse.GetValue(by), At = f.Context.Clock.Now,
            };
            m.Pulse.Add(entry);
            f.Meetings.Update(m);
            if (f.Context.Json) f.Context.WriteJson(new { meetingId = m.Id, responses = m.Pulse.Count, entry });
            else Output.Line(f.Context.Console, t["pulse.done", m.Pulse.Count]);
            return 0;
        });
        return command;
    }
}
