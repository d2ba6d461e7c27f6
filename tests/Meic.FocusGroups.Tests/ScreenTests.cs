using Meic.FocusGroups.Model;
using Meic.FocusGroups.Refi;
using Meic.FocusGroups.Screens;
using Meic.Sdk.Screens;
using Meic.Testing;
using Newtonsoft.Json.Linq;

namespace Meic.FocusGroups.Tests;

/// <summary>The focus-group screens over a real store, driven as the terminal application drives them.</summary>
public sealed class ScreenTests
{
    private static void Codes(FocusHarness h)
    {
        h.Fs.Codes.Insert(new Code { Id = "work", Name = "Work", Names = { ["it"] = "Lavoro", ["es"] = "Trabajo" }, Definition = "Finding or keeping a job", Guid = StableGuid.For("code", "work") });
        h.Fs.Codes.Insert(new Code { Id = "trust", Name = "Trust", Names = { ["it"] = "Fiducia", ["es"] = "Confianza" }, Guid = StableGuid.For("code", "trust") });
    }

    [Fact]
    public void Should_list_sessions_and_transcripts_with_labels_in_the_workspace_language()
    {
        using var h = new FocusHarness { Language = "es" };
        var session = h.Session("s1", "A: uno\nB: dos\nA: tres\n", "A", "B");
        session.Date = "2024-03-01";
        h.Fs.Sessions.Update(session);

        var row = ScreenProbe.Row(FocusScreens.Sessions(h), "s1");
        row.Cells.ShouldBe(["Grupo focal", "work and training", "1 de marzo de 2024", "2", "1"]);
        var probe = new ScreenProbe(h);
        probe.Press(FocusScreens.Sessions(h), "Enter", row);
        var transcripts = probe.Last<ListScreen>();
        transcripts.Rows().ShouldHaveSingleItem().Cells[2].ShouldBe("3");
    }

    [Fact]
    public void Should_apply_a_code_to_a_turn_show_it_only_to_its_coder_and_remove_it()
    {
        using var h = new FocusHarness { Language = "it" };
        h.Session("s1", "A: one\nB: two\nA: three\n", "A", "B");
        Codes(h);
        var transcript = h.Fs.TranscriptsOf("s1").Single();
        var probe = new ScreenProbe(h);
        var turns = FocusScreens.Turns(h, transcript.Id);
        var second = turns.Rows()[1];

        probe.Press(turns, "c", second);
        var apply = probe.Last<FormScreen>();
        apply.Fields.Single().Choices.Select(c => c.Label).ShouldBe(["Fiducia", "Lavoro"]);
        var saved = probe.Save(apply, ("code", "lavoro"));
        saved.Saved.ShouldBeTrue(string.Join("; ", saved.Problems.Values));
        saved.Message.ShouldBe("Lavoro applicato al turno 2.");

        second = turns.Rows()[1];
        second.Cells[3].ShouldBe("Lavoro");
        turns.Detail!(second).ShouldContain("I tuoi codici su questo turno: Lavoro");
        turns.Detail!(second).ShouldContain("Prima — ");
        var coding = h.Fs.Codings.All().ShouldHaveSingleItem();
        var turn = h.Fs.TurnsOf(transcript.Id)[1];
        (coding.Start, coding.End, coding.TurnId, coding.Coder, coding.Unit).ShouldBe((turn.TextStart, turn.End, turn.Id, "tester", "turn"));

        probe.Press(turns, "x", second);
        var remove = probe.Last<FormScreen>();
        remove.Fields.Single().Choices.Select(c => c.Label).ShouldBe(["Lavoro"]);
        probe.Save(remove, ("code", "work")).Saved.ShouldBeTrue();
        turns.Rows()[1].Cells[3].ShouldBe("");
        h.Fs.Codings.All().ShouldBeEmpty();
    }

    [Fact]
    public void Should_add_and_change_a_code_of_the_codebook_through_forms()
    {
        using var h = new FocusHarness { Language = "it" };
        Codes(h);
        var probe = new ScreenProbe(h);
        var codebook = FocusScreens.Codebook(h);
        probe.Press(codebook, "a");
        var add = probe.Last<FormScreen>();
        add.CommandFor!(new FormValues(add, new Dictionary<string, string> { ["name"] = "Casa", ["parent"] = "work", ["definition"] = "Trovare un alloggio" }))
            .ShouldBe("meic focus codebook add Casa --parent work --definition 'Trovare un alloggio'");
        probe.Save(add, ("name", "Casa"), ("parent", "Lavoro"), ("definition", "Trovare un alloggio")).Saved.ShouldBeTrue();
        var row = ScreenProbe.Row(codebook, "casa");
        row.Cells.ShouldBe(["Casa", "Lavoro", "Trovare un alloggio", ""]);
        probe.Save(add, ("name", "Brutto"), ("color", "rosso")).Problems["color"].ShouldBe("'rosso' non è un colore #RRGGBB.");

        probe.Press(codebook, "e", row);
        probe.Save(probe.Last<FormScreen>(), ("definition", "Trovare o tenere un alloggio"), ("parent", "")).Saved.ShouldBeTrue();
        ScreenProbe.Row(codebook, "casa").Cells.ShouldBe(["Casa", "", "Trovare o tenere un alloggio", ""]);
        probe.Press(codebook, "e", ScreenProbe.Row(codebook, "work"));
        probe.Save(probe.Last<FormScreen>(), ("parent", "casa")).Saved.ShouldBeTrue();
        probe.Press(codebook, "e", ScreenProbe.Row(codebook, "casa"));
        probe.Save(probe.Last<FormScreen>(), ("parent", "work")).Problems["parent"].ShouldContain("un codice non può stare sotto se stesso");
    }

    [Fact]
    public void Should_say_what_is_missing_before_anything_can_be_coded()
    {
        using var h = new FocusHarness { Language = "it" };
        FocusScreens.Sessions(h).Empty!.ShouldContain("meic focus session add");
        FocusScreens.Transcripts(h).Empty!.ShouldContain("meic focus transcript import");
        FocusScreens.Codebook(h).Empty!.ShouldContain("meic focus codebook import");
        h.Session("s1", "A: one\n", "A");
        var turns = FocusScreens.Turns(h, h.Fs.TranscriptsOf("s1").Single().Id);
        var probe = new ScreenProbe(h);
        probe.Press(turns, "c", turns.Rows().Single());
        probe.Last<TextScreen>().Text().ShouldContain("Il codebook è vuoto");
        probe.Press(turns, "x", turns.Rows().Single());
        probe.Last<TextScreen>().Text().ShouldContain("Non hai applicato codici");
    }

    [Fact]
    public void Should_give_coding_commands_that_do_what_the_screen_does()
    {
        using var dir = new TempDir("meic-focus-screen");
        var ws = Path.Combine(dir.Path, "rome");
        MeicProcess.Run(dir.Path, "init", ws, "--template", "rome").ExitCode.ShouldBe(0);
        var env = new Dictionary<string, string?> { ["MEIC_USER"] = "ana" };
        MeicProcess.Run(ws, env, "focus", "session", "add", "--id", "fg1", "--topic", "Lavoro", "--date", "2024-03-01", "--participant", "Mario Rossi", "--participant", "Fatou Diallo").ExitCode.ShouldBe(0);
        var file = dir.Write("fg1.txt", "Mario Rossi: Tramite amici, mai il centro per l'impiego.\nFatou Diallo: Il calcio ha creato fiducia nella mia strada.\n");
        MeicProcess.Run(ws, env, "focus", "transcript", "import", file, "--session", "fg1").ExitCode.ShouldBe(0);

        string applyLine, removeLine;
        using (var ctx = new WorkspaceContext(ws, "it", "ana"))
        {
            var probe = new ScreenProbe(ctx);
            var transcript = (Transcript)FocusScreens.Transcripts(ctx, "fg1").Rows().Single().Item!;
            var turns = FocusScreens.Turns(ctx, transcript.Id);
            probe.Press(turns, "c", turns.Rows()[0]);
            var apply = probe.Last<FormScreen>();
            var values = new FormValues(apply, new Dictionary<string, string> { ["code"] = "informal-networks-jobs" });
            applyLine = apply.CommandFor!(values);
            applyLine.ShouldBe($"meic focus code apply --session fg1 --transcript {transcript.Id} --turn 1 --code informal-networks-jobs --coder ana");
            apply.Submit(ctx, values).Saved.ShouldBeTrue();
            turns.Rows()[0].Cells[3].ShouldBe("Reti informali per il lavoro");
            probe.Press(turns, "x", turns.Rows()[0]);
            var remove = probe.Last<FormScreen>();
            var chosen = new FormValues(remove, new Dictionary<string, string> { ["code"] = "informal-networks-jobs" });
            removeLine = remove.CommandFor!(chosen);
            remove.Submit(ctx, chosen).Saved.ShouldBeTrue();
            turns.Rows()[0].Cells[3].ShouldBe("");
        }

        ShellWords.Run(ws, applyLine).ExitCode.ShouldBe(0);
        var listed = JArray.Parse(MeicProcess.Run(ws, env, "focus", "code", "list", "--session", "fg1", "--json").Out);
        listed.ShouldHaveSingleItem()["code"]!.ToString().ShouldBe("Reti informali per il lavoro");
        using (var ctx = new WorkspaceContext(ws, "it", "ana"))
        {
            var transcript = (Transcript)FocusScreens.Transcripts(ctx, "fg1").Rows().Single().Item!;
            FocusScreens.Turns(ctx, transcript.Id).Rows()[0].Cells[3].ShouldBe("Reti informali per il lavoro");
        }
        ShellWords.Run(ws, removeLine).ExitCode.ShouldBe(0);
        JArray.Parse(MeicProcess.Run(ws, env, "focus", "code", "list", "--session", "fg1", "--json").Out).ShouldBeEmpty();
    }
}
