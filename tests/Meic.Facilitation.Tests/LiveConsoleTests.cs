using Meic.Testing;
using Newtonsoft.Json.Linq;

namespace Meic.Facilitation.Tests;

public sealed class LiveConsoleTests
{
    private const string Id = "2030-03-14-thematic-table";
    private const string Note = "Note: مرحبا ሰላም নমস্কার";

    [TmuxFact]
    public void Should_save_every_change_survive_a_kill_resume_and_close_with_minutes()
    {
        using var ws = new Workspace();
        ws.Ok("meeting", "plan", "--title", "Work table", "--kind", "thematic-table", "--start", "2030-03-14 10:00", "--minutes", "90",
            "--place", "Sala 2", "--invite", "cies-onlus,cnos-fap");
        ws.Ok("meeting", "agenda", "add", Id, "--title", "Round", "--minutes", "30", "--format", "introductions");
        ws.Ok("meeting", "agenda", "add", Id, "--title", "Decide", "--minutes", "30");
        var run = $"cd '{ws.Path}' && MEIC_PLUGIN_PATH= dotnet '{Repo.Host}' meeting run {Id} --lang en";

        using (var tmux = new Tmux())
        {
            tmux.Start(run);
            tmux.WaitFor("Attendance 0/2");
            tmux.Keys("Space");
            tmux.WaitFor("Attendance 1/2");
            tmux.Keys("e");
            tmux.WaitFor("Typing notes");
            tmux.Type(Note);
            tmux.WaitFor("নমস্কার");
            tmux.Keys("Escape");
            tmux.WaitFor("q pause");
            tmux.Keys("d");
            tmux.WaitFor("Decision method");
            foreach (var field in new[] { "consent", "Open a help desk", "agreed", "none", "2030-09-01" }) { tmux.Type(field); tmux.Keys("Enter"); }
            tmux.WaitFor("Decision recorded");
            tmux.Keys("a");
            tmux.WaitFor("Action: what");
            tmux.Type("Draft the leaflet"); tmux.Keys("Enter");
            tmux.Type("nobody"); tmux.Keys("Enter");
            tmux.WaitFor("no actor 'nobody'");
            for (var i = 0; i < 6; i++) tmux.Keys("BSpace");
            tmux.Type("cnos-fap"); tmux.Keys("Enter");
            tmux.Type("2020-01-01"); tmux.Keys("Enter");
            tmux.WaitFor("Action recorded");
            tmux.Kill(); // SIGHUP/kill mid-meeting: nothing typed may be lost
        }

        var shown = JObject.Parse(ws.Ok("meeting", "show", Id, "--json").Out);
        shown["meeting"]!["status"]!.ToString().ShouldBe("running");
        shown["meeting"]!["attendance"]!.Count(a => (bool)a["present"]!).ShouldBe(1);
        shown["notes"]!["i1"]!.ToString().ShouldBe(Note);
        shown["decisions"]!.Single()["outcome"]!.ToString().ShouldBe("agreed");
        shown["actions"]!.Single()["ownerActorId"]!.ToString().ShouldBe("cnos-fap");
        var overdue = JArray.Parse(ws.Ok("actions", "--overdue", "--json").Out);
        overdue.Single()["what"]!.ToString().ShouldBe("Draft the leaflet");

        using (var tmux = new Tmux())
        {
            tmux.Start(run + "; sleep 30");
            var screen = tmux.WaitFor("Attendance 1/2");
            screen.ShouldContain("Open a help desk");
            tmux.Keys("n");
            tmux.WaitFor(s => s.Contains("› Decide"), "the second item as current");
            tmux.Keys("x");
            tmux.WaitFor("Pulse");
            tmux.Type("4 3 5 4"); tmux.Keys("Enter");
            tmux.WaitFor("Close the meeting");
            tmux.Type("yes"); tmux.Keys("Enter");
            tmux.WaitFor("Minutes:", tries: 300);
        }

        var minutes = Path.Combine(ws.Path, "minutes", $"{Id}.en.md");
        File.Exists(minutes).ShouldBeTrue();
        var md = File.ReadAllText(minutes);
        md.ShouldContain(Note);
        md.ShouldContain("**Open a help desk** (consent): agreed; objections: none; review on 1 September 2030");
        md.ShouldContain("Draft the leaflet: **CNOS-FAP**, by 1 January 2020 (open)");
        md.ShouldContain("- CIES onlus");
        md.ShouldContain("Invited but absent: CNOS-FAP");
        md.ShouldContain("- Trust: 4.0");
        JObject.Parse(ws.Ok("meeting", "show", Id, "--json").Out)["meeting"]!["status"]!.ToString().ShouldBe("closed");
    }

    [TmuxFact]
    public void Should_open_the_next_meeting_with_the_previous_meetings_open_actions()
    {
        using var ws = new Workspace();
        ws.Ok("meeting", "plan", "--title", "First", "--start", "2030-03-14 10:00", "--place", "Sala 2", "--invite", "cies-onlus");
        ws.Ok("meeting", "plan", "--title", "Second", "--start", "2030-04-14 10:00", "--place", "Sala 2", "--invite", "cies-onlus");
        var first = "2030-03-14-plenary";
        using (var tmux = new Tmux())
        {
            tmux.Start($"cd '{ws.Path}' && dotnet '{Repo.Host}' meeting run {first} --lang en");
            tmux.WaitFor("Attendance 0/1");
            tmux.Keys("a");
            tmux.WaitFor("Action: what");
            tmux.Type("Book the room"); tmux.Keys("Enter");
            tmux.Type("cies-onlus"); tmux.Keys("Enter");
            tmux.Type("2030-04-01"); tmux.Keys("Enter");
            tmux.WaitFor("Action recorded");
        }
        ws.Ok("meeting", "close", first);
        using (var tmux = new Tmux())
        {
            tmux.Start($"cd '{ws.Path}' && dotnet '{Repo.Host}' meeting run 2030-04-14-plenary --lang en");
            var screen = tmux.WaitFor($"Open actions from {first}");
            screen.ShouldContain("Book the room");
            screen.ShouldContain("minutes of 2030-03-14-plenary await approval");
            tmux.Keys("f");
            tmux.WaitFor("space done/open");
            tmux.Keys("Space");
            tmux.WaitFor(s => s.Split('\n').Any(l => l.Contains("[x]") && l.Contains("Book the room")), "the action ticked done");
            tmux.Keys("Escape");
            tmux.WaitFor("q pause");
            tmux.Keys("m");
            tmux.WaitFor("now locked");
        }
        JArray.Parse(ws.Ok("actions", "--json").Out).ShouldBeEmpty();
        JObject.Parse(ws.Ok("meeting", "show", first, "--json").Out)["meeting"]!["approvedInMeetingId"]!.ToString().ShouldBe("2030-04-14-plenary");
    }
}
