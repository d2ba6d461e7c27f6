using System.CommandLine;
using Meic.Facilitation.Model;
using Meic.Sdk.Text;
using Spectre.Console;

namespace Meic.Facilitation.Commands;

/// <summary><c>meic meeting list</c>: meetings by start, optionally only upcoming ones.</summary>
internal static class ListCommand
{
    public static Command Create(Store.Facilitation f)
    {
        var t = f.T;
        var upcoming = new Option<bool>("--upcoming") { Description = t["opt.upcoming"] };
        var command = new Command("list", t["cmd.list"]) { upcoming };
        command.SetAction(parse =>
        {
            var now = f.Context.Clock.Now;
            var meetings = f.Meetings.All().Where(m => !parse.GetValue(upcoming) || m.End >= now).OrderBy(m => m.Start).ToList();
            if (f.Context.Json)
            {
                f.Context.WriteJson(meetings.Select(m => new
                {
                    m.Id, m.Title, m.Kind, m.Start, m.End, m.Status, place = m.Place, m.SeriesId, m.MinutesApproved,
                    agendaMinutes = m.AgendaMinutes, invited = m.Invited.Count, present = m.Attendance.Count(a => a.Present),
                }));
                return 0;
            }
            var table = new Table().AddColumns(t["col.id"], t["col.when"], t["col.kind"], t["col.title"], t["col.place"], t["col.status"]);
            foreach (var m in meetings)
                table.AddRow(new Text(m.Id), new Text($"{f.Show(m.Start)}–{f.Local(m.End):HH:mm}"), new Text(t[$"kind.{Names.Kebab(m.Kind)}"]),
                    new Text(m.Title), new Text(m.Place.ToString()), new Text(StatusText(f, m)));
            if (meetings.Count == 0) Output.Line(f.Context.Console, t["list.none"]);
            else f.Context.Console.Write(table);
            return 0;
        });
        return command;
    }

    public static string StatusText(Store.Facilitation f, Meeting m) =>
        f.T[$"mstatus.{Names.Kebab(m.Status)}"] + (m.MinutesApproved ? " · " + f.T["minutes.locked"] : "");
}
