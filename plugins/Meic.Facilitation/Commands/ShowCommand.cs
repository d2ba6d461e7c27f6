using System.CommandLine;
using Meic.Facilitation.Model;
using Meic.Sdk.Text;
using Spectre.Console;

namespace Meic.Facilitation.Commands;

/// <summary><c>meic meeting show ID</c>: the plan, agenda, attendance, decisions and actions of one meeting.</summary>
internal static class ShowCommand
{
    public static Command Create(Store.Facilitation f)
    {
        var t = f.T;
        var id = new Argument<string>("ID") { Description = t["arg.id"] };
        var command = new Command("show", t["cmd.show"]) { id };
        command.SetAction(parse =>
        {
            var m = f.RequireMeeting(parse.GetValue(id)!);
            var decisions = f.Decisions.Find(("meetingId", m.Id));
            var actions = f.Actions.Find(("meetingId", m.Id));
            var live = Store.ConsoleLease.Current(f, m.Id, f.Context.Clock.Now);
            if (f.Context.Json)
            {
                f.Context.WriteJson(new
                {
                    meeting = m,
                    notes = m.Agenda.ToDictionary(a => a.Id, a => f.Note(m.Id, a.Id)),
                    decisions, actions,
                    liveConsole = live is null ? null : new { holder = live.Holder, since = live.Since, refreshedAt = live.RefreshedAt },
                });
                return 0;
            }
            var c = f.Context.Console;
            c.Write(new Rule(Markup.Escape(m.Title)).LeftJustified());
            var grid = new Grid().AddColumn().AddColumn();
            void Row(string k, string? v) { if (!string.IsNullOrWhiteSpace(v)) grid.AddRow(new Markup($"[bold]{Markup.Escape(k)}[/]"), new Text(v)); }
            Row(t["col.id"], m.Id);
            Row(t["col.kind"], t[$"kind.{Names.Kebab(m.Kind)}"]);
            Row(t["col.when"], $"{f.Show(m.Start)}–{f.Local(m.End):HH:mm}");
            Row(t["col.place"], $"{t[$"mode.{Names.Kebab(m.Place.Mode)}"]} · {m.Place}");
            Row(t["col.status"], ListCommand.StatusText(f, m));
            Row(t["col.facilitator"], m.Facilitator);
            Row(t["col.noteTaker"], m.NoteTaker);
            Row(t["col.series"], m.SeriesId);
            if (live is not null) Row(t["col.liveConsole"], t["show.liveConsole", live.Holder, f.Local(live.Since).ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture)]);
            c.Write(grid);
            var agenda = new Table().Title(t["col.agenda"]).AddColumns("#", t["col.title"], t["col.minutes"], t["col.owner"], t["col.format"]);
            foreach (var (item, i) in m.Agenda.Select((a, i) => (a, i)))
                agenda.AddRow(new Text($"{i + 1}"), new Text(item.Title), new Text($"{item.Minutes}"), new Text(f.ActorName(item.OwnerActorId)), new Text(item.Format is null ? "" : FormatName(f, item.Format)));
            c.Write(agenda);
            Output.Line(c, t["show.agendaTotal", m.AgendaMinutes, (int)m.Duration.TotalMinutes]);
            if (m.Attendance.Count > 0) Output.Line(c, AttendanceLine(f, m));
            foreach (var d in decisions) Output.Line(c, $"{t["col.decision"]}: {d.Proposal} → {d.Outcome}");
            foreach (var a in actions) Output.Line(c, $"{t["col.action"]}: {a.What} · {f.ActorName(a.OwnerActorId)} · {f.Day(a.Due)} · {t[$"status.{Names.Kebab(a.Status)}"]}");
            return 0;
        });
        return command;
    }

    /// <summary>A format by its name in the user's language (the id when the library no longer has it).</summary>
    internal static string FormatName(Store.Facilitation f, string id) =>
        f.AllFormats().FirstOrDefault(x => x.Id == id)?.NameIn(f.T.Language) ?? id;

    /// <summary>"Presenti: 3 di 5 (A, B, C)", or without the brackets when nobody is marked present.</summary>
    internal static string AttendanceLine(Store.Facilitation f, Meeting m)
    {
        var present = m.Attendance.Where(a => a.Present).Select(a => f.ActorName(a.ActorId)).Distinct().ToList();
        return present.Count == 0
            ? f.T["show.attendanceNone", 0, m.Attendance.Count]
            : f.T["show.attendance", m.Attendance.Count(a => a.Present), m.Attendance.Count, string.Join(", ", present)];
    }
}