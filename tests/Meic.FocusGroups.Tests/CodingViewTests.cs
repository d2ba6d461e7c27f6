using Meic.FocusGroups.Model;
using Meic.FocusGroups.Refi;
using Meic.FocusGroups.Storage;
using Terminal.Gui.Input;

namespace Meic.FocusGroups.Tests;

/// <summary>The coding view as a coder uses it, drawn headless at 80×24: select, apply, see, remove, memo, blind passes.</summary>
public sealed class CodingViewTests
{
    private const string Text =
        "Anna: Come avete trovato il primo lavoro in Italia?\n" +
        "Mario: Grazie a un amico del mio paese, che lavorava già in un cantiere.\n" +
        "Fatou: Io tramite il centro per l'impiego, ma solo dopo il corso di italiano.\n" +
        "Anna: E la casa?\n" +
        "Mario: La casa è il problema più grande: senza contratto nessuno ti affitta.\n" +
        "Fatou: Per me lo sport ha aiutato: nella squadra ho conosciuto la mia datrice di lavoro.\n";

    private static (FocusHarness H, Transcript T) Workspace(string language = "it")
    {
        var h = new FocusHarness { Language = language };
        h.Session("fg1", Text, "Anna", "Mario", "Fatou");
        h.Fs.Codes.Insert(new Code
        {
            Id = "reti", Name = "Informal networks", Names = { ["it"] = "Reti informali", ["es"] = "Redes informales" }, Key = "1",
            Definition = "Lavoro trovato tramite conoscenti", Example = "«grazie a un amico»", Guid = StableGuid.For("code", "reti"),
        });
        h.Fs.Codes.Insert(new Code { Id = "casa", Name = "Housing", Names = { ["it"] = "Casa", ["es"] = "Vivienda" }, Key = "2", Guid = StableGuid.For("code", "casa") });
        h.Fs.Codes.Insert(new Code { Id = "sport", Name = "Trust through sport", Names = { ["it"] = "Fiducia tramite lo sport" }, ParentId = "reti", Guid = StableGuid.For("code", "sport") });
        return (h, h.Fs.TranscriptsOf("fg1").Single());
    }

    private static Turn TurnOf(FocusHarness h, Transcript t, int index) => h.Fs.TurnsOf(t.Id).Single(x => x.Index == index);

    [Fact]
    public void Should_show_the_transcript_codebook_definition_keys_and_command_at_80_by_24()
    {
        var (h, t) = Workspace();
        using var _ = h;
        using var c = new CodingHarness(h, t, "ana");
        var screen = c.Screen;
        c.Lines[0].ShouldBe("codifica ana · visti 1/6, codificati 0 · alla cieca");
        screen.ShouldContain("1 · P1");
        screen.ShouldContain("Come avete trovato");
        screen.ShouldContain("2 · P2");
        screen.ShouldContain("[1] Reti informali");
        screen.ShouldContain("  Fiducia tramite lo sport");
        c.Lines[22].ShouldBe("Invio/1-9 codifica · x togli · m memo · n avanti · p fine passata · Tab");
        c.Lines[23].ShouldBe("$ meic focus code apply --session fg1 --turn 1 --code casa --coder ana");
        c.View.TextLines.ShouldAllBe(l => l.Length <= 80);
    }

    [Fact]
    public void Should_code_the_selected_words_exactly_and_mark_them_on_the_turn()
    {
        var (h, t) = Workspace();
        using var _ = h;
        using var c = new CodingHarness(h, t, "ana");
        c.CursorTo("Grazie a un amico");
        c.View.Segment!.Value.Turn.Index.ShouldBe(2);
        c.Press(Key.CursorRight.WithShift, 17);
        var seg = c.View.Segment!.Value;
        t.Text[seg.Start..seg.End].ShouldBe("Grazie a un amico");
        c.Lines[23].ShouldContain($"--range {seg.Start}:{seg.End} --code casa");
        c.Press(Key.Tab); // to the codebook's filter
        c.Press(Key.CursorDown); // into the list, on "Casa"
        c.Press(Key.CursorDown); // "Reti informali"
        c.Lines[23].ShouldContain("--code reti");
        c.Press(Key.Enter);

        var coding = h.Fs.Codings.All().ShouldHaveSingleItem();
        (coding.Start, coding.End, coding.CodeId, coding.Coder, coding.Unit, coding.TurnId).ShouldBe((seg.Start, seg.End, "reti", "ana", "range", TurnOf(h, t, 2).Id));
        c.View.Message.Text.ShouldBe("Reti informali applicato a 17 caratteri del turno 2.");
        c.View.TextLines.ShouldContain("2 · P2  [Reti informali]");
    }

    [Fact]
    public void Should_code_the_whole_turn_with_a_code_key_when_nothing_is_selected()
    {
        var (h, t) = Workspace("es");
        using var _ = h;
        using var c = new CodingHarness(h, t, "ana");
        c.CursorTo("La casa è");
        c.View.Segment!.Value.Turn.Index.ShouldBe(5);
        c.Press(new Key('2'));
        var coding = h.Fs.Codings.All().ShouldHaveSingleItem();
        var turn = TurnOf(h, t, 5);
        (coding.Start, coding.End, coding.Unit, coding.CodeId).ShouldBe((turn.TextStart, turn.End, "turn", "casa"));
        c.View.Message.Text.ShouldBe("Vivienda aplicado al turno 5.");
        c.View.HereRows.ShouldHaveSingleItem().ShouldStartWith("Vivienda: «La casa è");
    }

    [Fact]
    public void Should_refuse_a_selection_across_two_turns_and_store_nothing()
    {
        var (h, t) = Workspace();
        using var _ = h;
        using var c = new CodingHarness(h, t, "ana");
        c.CursorTo("trovato").Press(Key.CursorDown.WithShift, 4).Press(new Key('1'));
        c.View.Message.Text.ShouldBe("La selezione deve restare in un solo turno: seleziona dentro il turno.");
        h.Fs.Codings.All().ShouldBeEmpty();
    }

    [Fact]
    public void Should_find_codes_as_typed_without_accents_and_show_definition_and_example()
    {
        var (h, t) = Workspace();
        using var _ = h;
        using var c = new CodingHarness(h, t, "ana");
        c.Press(new Key('/')).Type("RETI");
        c.View.CodeRows.ShouldBe(["[1] Reti informali"]);
        c.View.Definition.Text.ShouldContain("Definizione: Lavoro trovato tramite conoscenti");
        c.View.Definition.Text.ShouldContain("Esempio: «grazie a un amico»");
        c.View.Escape().ShouldBeTrue();
        c.View.CodeRows.Count.ShouldBe(3);
    }

    [Fact]
    public void Should_remove_the_coders_code_at_the_cursor_and_leave_the_others_codes()
    {
        var (h, t) = Workspace();
        using var _ = h;
        var service = new CodingService(h.Fs);
        service.Apply(t, h.Fs.Code("reti"), "ana", service.Segment(t, 2, null, null), "turn", "now");
        service.Apply(t, h.Fs.Code("casa"), "ben", service.Segment(t, 2, null, null), "turn", "now");
        using var c = new CodingHarness(h, t, "ana");
        c.CursorTo("Grazie a un amico");
        c.View.HereRows.ShouldHaveSingleItem().ShouldStartWith("Reti informali:");
        c.Press(new Key('x'));
        c.View.Message.Text.ShouldBe("Reti informali tolto.");
        h.Fs.Codings.All().ShouldHaveSingleItem().Coder.ShouldBe("ben");
    }

    [Fact]
    public void Should_save_memos_on_session_code_and_segment_and_discard_one_on_escape()
    {
        var (h, t) = Workspace();
        using var _ = h;
        using var c = new CodingHarness(h, t, "ana");
        c.Press(new Key('m')).Type("Clima disteso");
        c.Lines[23].ShouldBe("$ meic focus memo add 'Clima disteso' --session fg1");
        c.Press(Key.S.WithCtrl);
        c.View.Message.Text.ShouldBe("Memo salvato.");

        c.CursorTo("Grazie a un amico").Press(new Key('1'));
        c.Press(Key.Tab); c.View.Filter.HasFocus.ShouldBeTrue();
        c.Press(Key.Tab); c.View.Codes.HasFocus.ShouldBeTrue();
        c.Press(Key.Tab); c.View.Here.HasFocus.ShouldBeTrue();
        c.Press(new Key('m')).Type("Rete di connazionali").Press(Key.S.WithCtrl);

        c.Press(new Key('m')).Type("da buttare");
        c.View.Escape().ShouldBeTrue();
        c.View.Message.Text.ShouldBe("Memo buttato via; non è stato salvato nulla.");

        var memos = h.Fs.Memos.All().OrderBy(m => m.Text).ToList();
        memos.Select(m => (m.TargetKind, m.Text, m.Author)).ShouldBe([("session", "Clima disteso", "ana"), ("segment", "Rete di connazionali", "ana")]);
        memos[1].TargetId.ShouldBe(h.Fs.Codings.All().Single().Id);
        c.View.HereRows.ShouldHaveSingleItem().ShouldContain("✎");
    }

    [Fact]
    public void Should_hide_other_coders_codes_until_the_pass_is_ended_then_show_them_on_request()
    {
        var (h, t) = Workspace();
        using var _ = h;
        var service = new CodingService(h.Fs);
        service.Apply(t, h.Fs.Code("casa"), "ben", service.Segment(t, 5, null, null), "turn", "now");
        using var c = new CodingHarness(h, t, "ana");
        c.View.TextLines.ShouldContain("5 · P2");
        c.Press(new Key('o'));
        c.View.Message.Text.ShouldBe("Alla cieca: i codici degli altri si vedono dopo la fine della passata (p).");

        c.Answer = false;
        c.Press(new Key('p'));
        c.View.Message.Text.ShouldBe("Nulla è cambiato.");
        new Passes(h.Fs).Of(t.Id, "ana")!.EndedAt.ShouldBeNull();

        c.Answer = true;
        c.Press(new Key('p'));
        c.Asked.Last().ShouldStartWith("Concludere la tua passata di codifica? Hai visto 1 turni su 6");
        new Passes(h.Fs).Of(t.Id, "ana")!.EndedAt.ShouldNotBeNull();
        c.Press(new Key('o'));
        c.View.Message.Text.ShouldBe("1 codifica di altri mostrata (azzurro; verde se si sovrappone alle tue).");
        c.View.TextLines.ShouldContain("5 · P2  [Casa (ben)]");
        c.View.Header.Text.ShouldEndWith("codici degli altri visibili");
    }

    [Fact]
    public void Should_count_turns_seen_as_the_cursor_reaches_them_and_jump_to_the_next_uncoded_turn()
    {
        var (h, t) = Workspace();
        using var _ = h;
        using var c = new CodingHarness(h, t, "ana");
        c.Press(new Key('1')); // turn 1 coded whole
        c.Press(new Key('n'));
        c.View.Message.Text.ShouldBe("Turno 2, non ancora codificato da te.");
        c.Press(new Key('n'), 1).Press(new Key('n'));
        var p = new Passes(h.Fs).ProgressOf(t, "ana");
        (p.Turns, p.Seen, p.Coded).ShouldBe((6, 4, 1));
        c.Lines[0].ShouldContain("visti 4/6, codificati 1");
    }

    [Fact]
    public void Should_select_words_with_the_mouse()
    {
        var (h, t) = Workspace();
        using var _ = h;
        using var c = new CodingHarness(h, t, "ana");
        var row = Array.FindIndex(c.Lines, l => l.Contains("Grazie a un amico"));
        var col = c.Lines[row].IndexOf("Grazie", StringComparison.Ordinal);
        c.Mouse(new(col, row), MouseFlags.LeftButtonPressed);
        c.Mouse(new(col + 6, row), MouseFlags.LeftButtonPressed | MouseFlags.PositionReport);
        c.Mouse(new(col + 6, row), MouseFlags.LeftButtonReleased);
        var seg = c.View.Segment!.Value;
        t.Text[seg.Start..seg.End].ShouldBe("Grazie");
    }
}
