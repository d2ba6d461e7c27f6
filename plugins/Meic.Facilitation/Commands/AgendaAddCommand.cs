using System.CommandLine;
using Meic.Facilitation.Model;
using Meic.Sdk.Errors;

namespace Meic.Facilitation.Commands;

/// <summary><c>meic meeting agenda add ID</c>: an agenda item with its duration, owner and format; warns when the agenda outgrows the meeting.</summary>
internal static class AgendaAddCommand
{
    public static Command Create(Store.Facilitation f)
    {
        var t = f.T;
        var id = new Argument<string>("ID") { Description = t["arg.id"] };
        var title = new Option<string>("--title") { Description = t["opt.itemTitle"], Required = true };
        var minutes = new Option<int>("--minutes") { Description = t["opt.itemMinutes"], Required = true };
        var owner = new Option<string?>("--owner") { Description = t["opt.owner"] };
        var format = new Option<string?>("--format") { Description = t["opt.format"] };
        var command = new Command("add", t["cmd.agendaAdd"]) { id, title, minutes, owner, format };
        command.SetAction(parse =>
        {
            var m = f.RequireMeeting(parse.GetValue(id)!);
            f.EnsureEditable(m);
            if (m.Status == MeetingStatus.Closed) throw new InputException(t["error.closed", m.Id], m.Id);
            var length = parse.GetValue(minutes);
            if (length is < 1 or > 600) throw new InputException(t["error.itemMinutes"], "--minutes");
            var text = parse.GetValue(title)!.Trim();
            if (text.Length == 0) throw new InputException(t["error.emptyTitle"], "--title");
            var item = new AgendaItem
            {
                Id = $"i{m.Agenda.Count + 1}",
                Title = text,
                Minutes = length,
                OwnerActorId = parse.GetValue(owner) is { } o ? f.RequireActor(o, "--owner").Id : null,
                Format = parse.GetValue(format) is { } fm ? f.RequireFormat(fm).Id : null,
            };
            while (m.Agenda.Any(a => a.Id == item.Id)) item.Id += "b";
            m.Agenda.Add(item);
            f.Meetings.Update(m);
            var warnings = new List<string>();
            var available = (int)m.Duration.TotalMinutes;
            if (m.AgendaMinutes > available) warnings.Add(t["warn.agendaLong", m.AgendaMinutes, available, m.AgendaMinutes - available]);
            if (item.Format is not null && f.RequireFormat(item.Format).MinMinutes is { } min && min > length)
                warnings.Add(t["warn.formatShort", item.Format, min]);
            if (f.Context.Json) f.Context.WriteJson(new { meetingId = m.Id, item, agendaMinutes = m.AgendaMinutes, meetingMinutes = available, warnings });
            else
            {
                Output.Line(f.Context.Console, t["agenda.added", item.Id, item.Title, m.AgendaMinutes, available]);
                foreach (var w in warnings) Output.Warn(f, w);
            }
            return 0;
        });
        return command;
    }
}
