using Meic.Facilitation.Model;
using Meic.Facilitation.Screens;
using Meic.Sdk.Screens;
using Meic.Testing;
using Newtonsoft.Json.Linq;

namespace Meic.Facilitation.Tests;

/// <summary>The meeting screens over a real Rome workspace, driven as the terminal application drives them.</summary>
public sealed class ScreenTests
{
    private static readonly DateTimeOffset Now = new(2030, 3, 10, 9, 0, 0, TimeSpan.Zero);

    private static string Plan(ScreenContext ctx, string title, string day, string time = "10:00")
    {
        var form = (FormScreen)MeetingScreens.Plan(ctx);
        var saved = new ScreenProbe(ctx).Save(form, ("title", title), ("kind", "tavolo"), ("day", day), ("time", time), ("minutes", "90"), ("invite", "cies-onlus,cnos-fap"));
        saved.Saved.ShouldBeTrue(string.Join("; ", saved.Problems.Values));
        return ctx.Store.Collection<Meeting>(Meeting.CollectionName).All().Where(m => m.Title == title).OrderBy(m => m.Start).Last().Id;
    }

    [Fact]
    public void Should_plan_a_meeting_typed_in_Italian_and_list_it_with_its_date_and_kind_in_Italian_as_the_command_does()
    {
        using var ws = new Workspace();
        string line, id;
        using (var ctx = new ScreenContext(ws, "it", Now))
        {
            var form = (FormScreen)MeetingScreens.Plan(ctx);
            var values = new FormValues(form, form.Fields.ToDictionary(f => f.Id, f => f.Id switch
            {
                "title" => "Tavolo lavoro", "kind" => "tavolo", "day" => "20/03/2030", "time" => "10:00", "minutes" => "90", "invite" => "cies-onlus,cnos-fap", _ => f.Value,
            }));
            line = form.CommandFor!(values);
            line.ShouldBe("meic meeting plan --title 'Tavolo lavoro' --kind thematic-table --start '2030-03-20 10:00' --minutes 90 --invite cies-onlus,cnos-fap");
            form.Submit(ctx, values).Saved.ShouldBeTrue();
            id = "2030-03-20-thematic-table";
            var row = ScreenProbe.Row(MeetingScreens.Meetings(ctx), id);
            row.Cells.ShouldBe(["20 marzo 2030, 10:00", "Tavolo tematico", "Tavolo lavoro", "pianificata"]);
        }

        ShellWords.Run(ws.Path, line).ExitCode.ShouldBe(0);
        var meetings = JArray.Parse(ws.Ok("meeting", "list", "--json").Out);
        var mine = meetings.Where(m => (string)m["title"]! == "Tavolo lavoro").ToList();
        mine.Count.ShouldBe(2);
        mine.Select(m => (DateTime)m["start"]!).Distinct().Count().ShouldBe(1);
        mine.Select(m => (string)m["kind"]!).ShouldAllBe(k => k == "thematicTable");
        mine.ShouldAllBe(m => (int)m["invited"]! == 2);
    }

    [Fact]
    public void Should_mark_attendance_row_by_row_and_the_mark_command_does_the_same()
    {
        using var ws = new Workspace();
        using var ctx = new ScreenContext(ws, "it", Now);
        var id = Plan(ctx, "Plenaria di marzo", "20/03/2030");
        var probe = new ScreenProbe(ctx);
        var attendance = RecordScreens.Attendance(ctx, id);
        ScreenProbe.Row(attendance, "cies-onlus|").Cells[2].ShouldBe("non segnato");

        probe.Press(attendance, "p", ScreenProbe.Row(attendance, "cies-onlus|"));
        probe.Press(attendance, "g", ScreenProbe.Row(attendance, "cnos-fap|"));

        ScreenProbe.Row(attendance, "cies-onlus|").Cells[2].ShouldBe("Presente");
        ScreenProbe.Row(attendance, "cnos-fap|").Cells[2].ShouldBe("Giustificato");
        var absent = attendance.Actions.Single(a => a.Key == "a").Command!(ScreenProbe.Row(attendance, "cnos-fap|"));
        absent.ShouldBe($"meic meeting attend {id} cnos-fap --absent");
        ShellWords.Run(ws.Path, absent).ExitCode.ShouldBe(0);
        ScreenProbe.Row(attendance, "cnos-fap|").Cells[2].ShouldBe("Assente");
        MeetingScreens.Meetings(ctx).Detail!(ScreenProbe.Row(MeetingScreens.Meetings(ctx), id)).ShouldContain("Presenti: 1 di 2");
    }

    [Fact]
    public void Should_remove_a_decision_from_the_minutes_when_it_is_deleted()
    {
        using var ws = new Workspace();
        using var ctx = new ScreenContext(ws, "it", Now);
        var id = Plan(ctx, "Tavolo casa", "20/03/2030");
        var probe = new ScreenProbe(ctx);
        var decisions = RecordScreens.Decisions(ctx, id);
        probe.Press(decisions, "a");
        var form = probe.Last<FormScreen>();
        probe.Save(form, ("method", "consenso"), ("proposal", "Aprire uno sportello casa"), ("outcome", "appr")).Saved.ShouldBeTrue();
        var row = decisions.Rows().ShouldHaveSingleItem();
        row.Cells[0].ShouldBe("Consenso unanime");
        MeetingScreens.Minutes(ctx, id).Text().ShouldContain("Aprire uno sportello casa");

        probe.Press(decisions, "e", row);
        probe.Save(probe.Last<FormScreen>(), ("outcome", "approvata con una modifica"), ("review", "30/09/2030")).Saved.ShouldBeTrue();
        decisions.Rows().Single().Cells[3].ShouldBe("30 settembre 2030");

        probe.Answer = false;
        probe.Press(decisions, "Delete", decisions.Rows().Single());
        decisions.Rows().ShouldHaveSingleItem();
        probe.Answer = true;
        probe.Press(decisions, "Delete", decisions.Rows().Single());
        probe.Asked.Last().ShouldBe("Eliminare la decisione «Aprire uno sportello casa»?");

        decisions.Rows().ShouldBeEmpty();
        MeetingScreens.Minutes(ctx, id).Text().ShouldNotContain("Aprire uno sportello casa");
    }

    [Fact]
    public void Should_add_change_and_delete_an_action_item_through_forms()
    {
        using var ws = new Workspace();
        using var ctx = new ScreenContext(ws, "es", Now);
        var id = Plan(ctx, "Mesa de empleo", "20/03/2030");
        var probe = new ScreenProbe(ctx);
        var actions = RecordScreens.Actions(ctx, id);
        probe.Press(actions, "a");
        var add = probe.Last<FormScreen>();
        probe.Save(add, ("what", "Preparar el folleto"), ("owner", "cies-onlus"), ("due", "15/04/2030")).Saved.ShouldBeTrue();
        var row = actions.Rows().ShouldHaveSingleItem();
        row.Cells[2].ShouldBe("15 de abril de 2030");
        var refused = probe.Save(add, ("what", "Sin responsable"));
        refused.Saved.ShouldBeFalse();
        refused.Problems.Keys.ShouldContain("owner");
        actions.Rows().Count.ShouldBe(1);   // the refused form wrote nothing

        var remove = actions.Actions.Single(a => a.Key == "Delete").Command!(row);
        ShellWords.Run(ws.Path, remove).ExitCode.ShouldBe(0);
        actions.Rows().ShouldBeEmpty();
    }

    [Fact]
    public void Should_close_a_meeting_and_approve_its_minutes_only_after_a_yes_and_then_lock_it()
    {
        using var ws = new Workspace();
        using var ctx = new ScreenContext(ws, "it", Now);
        var first = Plan(ctx, "Plenaria uno", "20/03/2030");
        var second = Plan(ctx, "Plenaria due", "20/04/2030");
        var probe = new ScreenProbe(ctx);
        var meetings = MeetingScreens.Meetings(ctx);

        probe.Answer = false;
        probe.Press(meetings, "c", ScreenProbe.Row(meetings, first));
        probe.Asked.Last().ShouldBe("Chiudere la riunione «Plenaria uno» e scriverne il verbale?");
        ScreenProbe.Row(meetings, first).Cells[3].ShouldBe("pianificata");
        probe.Answer = true;
        probe.Press(meetings, "c", ScreenProbe.Row(meetings, first));
        ScreenProbe.Row(meetings, first).Cells[3].ShouldBe("chiusa");
        File.Exists(Path.Combine(ws.Path, "minutes", $"{first}.it.md")).ShouldBeTrue();

        var approve = meetings.Actions.Single(a => a.Key == "m");
        approve.Command!(ScreenProbe.Row(meetings, second)).ShouldBe($"meic meeting approve {first} --at {second}");
        probe.Press(meetings, "m", ScreenProbe.Row(meetings, second));
        probe.Asked.Last().ShouldStartWith("Approvare il verbale di «Plenaria uno»");
        ScreenProbe.Row(meetings, first).Cells[3].ShouldBe("chiusa · verbale bloccato");

        var refused = probe.Save(RecordScreens.DecisionForm(ctx, first, null), ("proposal", "Troppo tardi"));
        refused.Saved.ShouldBeFalse();
        refused.Problems[""].ShouldContain("è bloccata e non si può modificare");
    }

    [Fact]
    public void Should_say_how_to_start_on_a_cluster_without_meetings()
    {
        using var ws = new Workspace();
        using var ctx = new ScreenContext(ws, "it", Now);
        var meetings = MeetingScreens.Meetings(ctx);
        meetings.Rows().ShouldBeEmpty();
        meetings.Empty!.ShouldContain("meic meeting plan");
        var form = (FormScreen)MeetingScreens.Plan(ctx);
        var saved = new ScreenProbe(ctx).Save(form, ("title", "Senza invitati"), ("day", "20/03/2030"), ("time", "10:00"));
        saved.Saved.ShouldBeTrue(string.Join("; ", saved.Problems.Values));
        RecordScreens.Attendance(ctx, "2030-03-20-plenary").Empty!.ShouldContain("meic meeting invite 2030-03-20-plenary");
        new ScreenProbe(ctx).Save(form, ("title", "x"), ("day", "20/03/2030"), ("time", "25:99")).Problems["time"].ShouldContain("non è un'ora");
    }
}
