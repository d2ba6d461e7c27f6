using DocumentFormat.OpenXml.Packaging;
using Meic.Facilitation.Model;
using Meic.Testing;
using Newtonsoft.Json.Linq;
using Terminal.Gui.Input;

namespace Meic.Facilitation.Tests;

/// <summary>
/// The live console (`meic meeting run`) over a real Rome workspace: drawn headless by Terminal.Gui's driver at 80×24,
/// its saves driven by a clock the test moves, and once end to end in tmux through a kill -9.
/// </summary>
public sealed class LiveConsoleTests
{
    private const string Id = "2030-03-14-thematic-table";
    private static readonly DateTimeOffset During = new(2030, 3, 14, 10, 5, 0, TimeSpan.FromHours(1));

    private static Workspace Planned()
    {
        var ws = new Workspace();
        ws.Ok("meeting", "plan", "--title", "Tavolo lavoro", "--kind", "thematic-table", "--start", "2030-03-14 10:00", "--minutes", "90",
            "--place", "Sala 2", "--invite", "cies-onlus,cnos-fap");
        ws.Ok("meeting", "agenda", "add", Id, "--title", "Giro", "--minutes", "30", "--format", "introductions");
        ws.Ok("meeting", "agenda", "add", Id, "--title", "Decidere", "--minutes", "30");
        return ws;
    }

    private static IReadOnlyList<T> All<T>(ScreenContext ctx, string collection) where T : Sdk.Model.Document =>
        ctx.Store.Collection<T>(collection).All();

    [Fact]
    public void Should_keep_the_end_of_a_long_note_in_view_while_it_is_typed()
    {
        using var ws = Planned();
        using var ctx = new ScreenContext(ws, "it", During);
        using var live = new ConsoleHarness(ctx, Id, new ManualTime(During));
        // One long paragraph, wrapped over more lines than the pane has: the line being typed must stay on screen.
        live.Type(string.Concat(Enumerable.Repeat("parola ", 110)) + "ULTIMA");
        live.Screen.ShouldContain("ULTIMA");
        live.Press(Key.Enter).Type("secondo paragrafo " + string.Concat(Enumerable.Repeat("altra ", 60)) + "FINE");
        live.Screen.ShouldContain("FINE");
    }

    [Fact]
    public void Should_show_the_countdown_and_keep_the_selected_invitee_visible_at_80_by_24_with_60_invitees_in_Italian()
    {
        using var ws = Planned();
        using (var setup = new ScreenContext(ws, "it", During))
        {
            var meetings = setup.Store.Collection<Meeting>(Meeting.CollectionName);
            var m = meetings.Get(Id)!;
            for (var i = 1; i <= 58; i++) m.Attendance.Add(new Attendance { ActorId = "cies-onlus", Person = $"Persona {i:00}" });
            meetings.Update(m);
        }
        using var ctx = new ScreenContext(ws, "it", During);
        using var live = new ConsoleHarness(ctx, Id, new ManualTime(During));

        var lines = live.Lines;
        lines[0].ShouldContain("Tavolo lavoro");
        lines[0].ShouldContain("1/2 Giro 30:00 rimasti"); // the current item's countdown, on the top line whatever has the focus
        live.Screen.ShouldContain("Presenze 0/60");
        live.Screen.ShouldContain("Ordine del giorno");
        live.Screen.ShouldContain("Note · Giro");
        live.Screen.ShouldContain("Decisioni e azioni · punto 1");
        lines[22].ShouldContain("F7 decisione");
        lines[23].ShouldBe("$ meic meeting show " + Id);

        live.Press(Key.Tab); // to the attendance
        for (var i = 0; i < 45; i++) live.Press(Key.CursorDown);
        live.Console.Attendance.SelectedItem.ShouldBe(45);
        live.Screen.ShouldContain("CIES onlus · Persona 44"); // scrolled: the selected row is on screen
        live.Screen.ShouldNotContain("CNOS-FAP");
        live.Lines[0].ShouldContain("30:00 rimasti");
        live.Press(Key.Space);
        live.Screen.ShouldContain("Presenze 1/60");
        live.Screen.ShouldContain("[x] CIES onlus · Persona 44");
        live.Console.Attendance.SelectedItem.ShouldBe(46); // on to the next, as a roll call goes
        live.Console.Command.ShouldBe($"meic meeting attend {Id} cies-onlus --person 'Persona 45' --present");
        live.Press(new Key('g'));
        live.Screen.ShouldContain("[g] CIES onlus · Persona 45");
        live.Press(Key.CursorUp);
        live.Console.Command.ShouldBe($"meic meeting attend {Id} cies-onlus --person 'Persona 45' --excused");

        live.Press(new Key('/')).Type("persona 07");
        live.Console.Attendance.Source!.Count.ShouldBe(1);
        live.Screen.ShouldContain("CIES onlus · Persona 07");

        var shown = JObject.Parse(ws.Ok("meeting", "show", Id, "--json").Out);
        var attendance = shown["meeting"]!["attendance"]!;
        attendance.Count(a => (bool?)a["present"] == true).ShouldBe(1);
        attendance.Count(a => (bool?)a["excused"] == true).ShouldBe(1);
    }

    [Fact]
    public void Should_stay_on_the_last_invitee_when_down_is_pressed_there_so_the_next_mark_is_not_typed_into_the_filter()
    {
        using var ws = Planned();
        using (var ctx = new ScreenContext(ws, "it", During))
        using (var live = new ConsoleHarness(ctx, Id, new ManualTime(During)))
        {
            live.Press(Key.Tab, Key.CursorDown, Key.CursorDown, Key.CursorDown);
            live.Console.Attendance.HasFocus.ShouldBeTrue();
            live.Console.Attendance.SelectedItem.ShouldBe(1);
            live.Press(new Key('g'));
            live.Console.Filter.Text.ShouldBe("");
            live.Screen.ShouldContain("[g] CNOS-FAP");
        }

        ws.Ok("meeting", "close", Id);
        var minutes = File.ReadAllText(Path.Combine(ws.Path, "minutes", $"{Id}.en.md"));
        minutes.ShouldContain("Apologies: CNOS-FAP"); // apologies named apart from the absent
        minutes.ShouldContain("Invited but absent: CIES onlus");
    }

    [Fact]
    public void Should_mark_a_walk_in_present_from_the_attendance_pane()
    {
        using var ws = Planned();
        using var ctx = new ScreenContext(ws, "it", During);
        using var live = new ConsoleHarness(ctx, Id, new ManualTime(During));
        live.Press(Key.Tab).Press(new Key('+'));
        live.Console.Form!.Title.ShouldBe("Nuovo presente");
        live.Console.Form.Fields[0].Text = "asinitas";
        live.Console.Form.Fields[1].Text = "Amina K.";
        live.Press(Key.S.WithCtrl);
        live.Console.Form.ShouldBeNull();
        live.Console.Attendance.HasFocus.ShouldBeTrue(); // back in the list the walk-in was added from, not in the notes
        live.Screen.ShouldContain("Presenze 1/3");
        var walkIn = ctx.Store.Collection<Meeting>(Meeting.CollectionName).Get(Id)!.Attendance.Single(a => a.Person == "Amina K.");
        (walkIn.ActorId, walkIn.Present).ShouldBe(("asinitas", true));
    }

    [Fact]
    public void Should_say_where_the_notes_go_instead_of_dropping_keys_typed_before_any_item()
    {
        using var ws = new Workspace();
        ws.Ok("meeting", "plan", "--title", "Tavolo lavoro", "--kind", "thematic-table", "--start", "2030-03-14 10:00", "--minutes", "90", "--invite", "cies-onlus");
        using (var first = new ScreenContext(ws, "it", During))
        using (var opened = new ConsoleHarness(first, Id, new ManualTime(During)))
            opened.Screen.ShouldContain("meic meeting agenda add"); // opened before the agenda was written: no item started
        ws.Ok("meeting", "agenda", "add", Id, "--title", "Giro", "--minutes", "30");
        using var ctx = new ScreenContext(ws, "it", During);
        using var live = new ConsoleHarness(ctx, Id, new ManualTime(During));
        live.Screen.ShouldContain("F6 avvia il primo punto");

        live.Type("Apertura");

        live.Screen.ShouldContain("Nessun punto è ancora iniziato"); // told what to do, at the first key
        live.Screen.ShouldNotContain("Apertura");
        All<MeetingNoteEdit>(ctx, MeetingNoteEdit.CollectionName).ShouldBeEmpty();
    }

    [Fact]
    public void Should_go_on_at_the_end_of_the_note_when_the_console_is_opened_again()
    {
        using var ws = Planned();
        using (var ctx = new ScreenContext(ws, "it", During))
        using (var first = new ConsoleHarness(ctx, Id, new ManualTime(During)))
            first.Type("Prima parte, scritta prima del riavvio. ").Wait(TimeSpan.FromSeconds(1));

        // Opened again (after a crash or a pause): what is typed follows what was written, it never goes in front of it.
        using var again = new ScreenContext(ws, "it", During);
        using var live = new ConsoleHarness(again, Id, new ManualTime(During), takeOver: true);
        live.Type("Seguito.").Wait(TimeSpan.FromSeconds(1));
        live.Press(Key.F6);
        All<MeetingNote>(again, MeetingNote.CollectionName).Single().Text.ShouldBe("Prima parte, scritta prima del riavvio. Seguito.");
    }

    [Fact]
    public void Should_store_nothing_while_typing_runs_on_and_the_note_after_a_half_second_pause()
    {
        using var ws = Planned();
        using var ctx = new ScreenContext(ws, "it", During);
        using var live = new ConsoleHarness(ctx, Id, new ManualTime(During));
        live.Console.Notes.HasFocus.ShouldBeTrue();

        live.Type("Apertura: ");
        live.Wait(TimeSpan.FromMilliseconds(300));
        All<MeetingNoteEdit>(ctx, MeetingNoteEdit.CollectionName).ShouldBeEmpty();
        live.Type("tutti presenti");
        live.Wait(TimeSpan.FromMilliseconds(499));
        All<MeetingNoteEdit>(ctx, MeetingNoteEdit.CollectionName).ShouldBeEmpty();
        live.Wait(TimeSpan.FromMilliseconds(1));
        All<MeetingNoteEdit>(ctx, MeetingNoteEdit.CollectionName).Count.ShouldBe(1);
        ws.Ok("meeting", "show", Id, "--json").Out.ShouldContain("Apertura: tutti presenti");

        // A typist who never pauses is saved at the latest every two seconds.
        for (var i = 0; i < 10; i++) { live.Type("x"); live.Wait(TimeSpan.FromMilliseconds(250)); }
        All<MeetingNoteEdit>(ctx, MeetingNoteEdit.CollectionName).Count.ShouldBe(2);

        live.Press(Key.F6); // leaving the item folds the note: one record with the whole text, no edits left
        All<MeetingNoteEdit>(ctx, MeetingNoteEdit.CollectionName).ShouldBeEmpty();
        All<MeetingNote>(ctx, MeetingNote.CollectionName).Single().Text.ShouldBe("Apertura: tutti presentixxxxxxxxxx");
        live.Screen.ShouldContain("Note · Decidere");
    }

    [Fact]
    public void Should_keep_store_and_journal_under_100_KB_for_a_3000_character_note_typed_with_pauses()
    {
        using var ws = Planned();
        var db = Path.Combine(ws.Path, "cluster.db");
        long Size() => new FileInfo(db).Length + (File.Exists(db + "-wal") ? new FileInfo(db + "-wal").Length : 0);
        var before = Size();
        var note = string.Concat(Enumerable.Range(0, 60).Select(i => $"Frase {i:00}: il tavolo discute l'orario dello sportello. "));
        note = note[..3000];
        using (var ctx = new ScreenContext(ws, "it", During))
        using (var live = new ConsoleHarness(ctx, Id, new ManualTime(During)))
        {
            // A phrase, then a pause to think: one store change per pause.
            for (var at = 0; at < note.Length; at += 50)
            {
                live.Type(note.Substring(at, Math.Min(50, note.Length - at)));
                live.Wait(TimeSpan.FromMilliseconds(600));
            }
            All<MeetingNoteEdit>(ctx, MeetingNoteEdit.CollectionName).Count.ShouldBe(60);
            ctx.Store.Journal.Count().ShouldBeGreaterThan(60);
        }
        var grown = Size() - before;
        grown.ShouldBeLessThan(100 * 1024, $"the store grew by {grown} bytes");
        JObject.Parse(ws.Ok("meeting", "show", Id, "--json").Out)["notes"]!["i1"]!.ToString().ShouldBe(note);
    }

    [Fact]
    public void Should_discard_a_half_filled_decision_on_Esc_and_edit_and_delete_through_forms()
    {
        using var ws = Planned();
        using var ctx = new ScreenContext(ws, "it", During);
        using var live = new ConsoleHarness(ctx, Id, new ManualTime(During));

        live.Press(Key.F7);
        live.Screen.ShouldContain("Nuova decisione");
        live.Console.Form!.Fields[1].SetFocus();
        live.Type("Aprire uno sportello");
        live.Press(Key.Esc);
        live.Console.Form.ShouldBeNull();
        live.Screen.ShouldContain("Annullato: nulla è stato salvato.");
        All<Decision>(ctx, Decision.CollectionName).ShouldBeEmpty();

        live.Press(Key.F7);
        var form = live.Console.Form!;
        form.Fields[0].Text.ShouldBe("Consenso (senza obiezioni)"); // the method as the user's language calls it
        form.Fields[1].Text = "Aprire uno sportello";
        form.Fields[2].Text = "approvata";
        form.Fields[4].Text = "30/09/2030";
        live.Press(Key.S.WithCtrl);
        live.Console.Form.ShouldBeNull();
        var d = All<Decision>(ctx, Decision.CollectionName).Single();
        (d.Method, d.Proposal, d.Outcome, d.ReviewDate, d.AgendaItemId).ShouldBe((DecisionMethod.Consent, "Aprire uno sportello", "approvata", new DateOnly(2030, 9, 30), "i1"));
        live.Console.RecordRows.ShouldContain("D Consenso (senza obiezioni) · Aprire uno sportello → approvata");

        live.Press(Key.F8);
        live.Console.Form!.Fields[0].Text = "Preparare il volantino";
        live.Console.Form.Fields[1].Text = "nessuno-così";
        live.Press(Key.S.WithCtrl);
        live.Console.Form!.Problem.ShouldContain("nessuno-così"); // refused in Italian, the form stays, nothing stored
        All<ActionItem>(ctx, ActionItem.CollectionName).ShouldBeEmpty();
        live.Console.Form.Fields[1].Text = "cnos";
        live.Console.Form.Fields[2].Text = "+7";
        live.Press(Key.S.WithCtrl);
        All<ActionItem>(ctx, ActionItem.CollectionName).Single().OwnerActorId.ShouldBe("cnos-fap");

        live.Press(Key.Tab, Key.Tab); // to the decisions and actions
        live.Console.Records.HasFocus.ShouldBeTrue();
        live.Lines[23].ShouldBe($"$ meic meeting decision edit {d.Id} …");
        live.Press(Key.Enter);
        live.Console.Form!.Fields[1].Text.ShouldBe("Aprire uno sportello");
        live.Console.Form.Fields[2].Text = "approvata con modifiche";
        live.Press(Key.S.WithCtrl);
        All<Decision>(ctx, Decision.CollectionName).Single().Outcome.ShouldBe("approvata con modifiche");

        live.Console.Records.SetFocus();
        live.Press(Key.Delete);
        live.Console.Form!.Said.ShouldContain("Eliminare la decisione");
        live.Type("no").Press(Key.Enter);
        All<Decision>(ctx, Decision.CollectionName).Count.ShouldBe(1);
        live.Console.Records.SetFocus();
        live.Press(Key.Delete).Type("sì").Press(Key.Enter);
        All<Decision>(ctx, Decision.CollectionName).ShouldBeEmpty();
    }

    [Fact]
    public void Should_count_a_questions_lines_as_they_wrap_so_its_last_words_are_not_hidden_under_the_answer()
    {
        // The Spanish approval question wraps on four lines in a half-console pane, though its 102 characters would fill three.
        Console.ConsoleForm.Wrapped("¿Aprobar el acta de «Primera plenaria» (15 de enero de 2027, 10:00)? Después ya no se podrá modificar.", 36).ShouldBe(4);
        Console.ConsoleForm.Wrapped("", 36).ShouldBe(1);
        Console.ConsoleForm.Wrapped(new string('x', 80), 36).ShouldBe(3);
    }

    [Theory]
    [InlineData("it", "sì")]
    [InlineData("it", "si")]
    [InlineData("it", "yes")]
    [InlineData("es", "sí")]
    [InlineData("es", "si")]
    public void Should_close_the_meeting_when_the_answer_is_yes_in_the_users_language(string language, string yes)
    {
        using var ws = Planned();
        using var ctx = new ScreenContext(ws, language, During);
        using var live = new ConsoleHarness(ctx, Id, new ManualTime(During));
        live.Type("Nota del giro").Wait(TimeSpan.FromSeconds(1));

        live.Press(Key.F9);
        live.Console.Form!.Fields[1].SetFocus();
        live.Type("no").Press(Key.Enter);
        ctx.Store.Collection<Meeting>(Meeting.CollectionName).Get(Id)!.Status.ShouldBe(MeetingStatus.Running);

        live.Press(Key.F9);
        live.Console.Form!.Fields[0].Text = "4 3 5 4";
        live.Console.Form.Fields[1].Text = yes;
        live.Press(Key.S.WithCtrl);
        var m = ctx.Store.Collection<Meeting>(Meeting.CollectionName).Get(Id)!;
        m.Status.ShouldBe(MeetingStatus.Closed);
        m.Pulse.Single().Trust.ShouldBe(4);
        live.Console.MinutesFile.ShouldNotBeNull();
        File.ReadAllText(live.Console.MinutesFile!).ShouldContain("Nota del giro");
    }

    [Fact]
    public void Should_approve_the_previous_minutes_after_si_and_rewrite_the_md_and_docx_as_approved()
    {
        using var ws = Planned();
        ws.Ok("meeting", "plan", "--title", "Tavolo aprile", "--kind", "thematic-table", "--start", "2030-04-14 10:00", "--place", "Sala 2", "--invite", "cies-onlus");
        ws.Ok("meeting", "action", "add", Id, "--what", "Prenotare la sala", "--owner", "cies-onlus");
        ws.Ok("meeting", "close", Id);
        ws.Ok("meeting", "minutes", Id, "--format", "docx");
        var md = Path.Combine(ws.Path, "minutes", $"{Id}.en.md");
        File.ReadAllText(md).ShouldContain("draft");

        var april = new DateTimeOffset(2030, 4, 14, 10, 5, 0, TimeSpan.FromHours(2));
        using var ctx = new ScreenContext(ws, "it", april);
        using var live = new ConsoleHarness(ctx, "2030-04-14-thematic-table", new ManualTime(april));
        live.Press(Key.Tab, Key.Tab); // the previous meeting's open actions, followed up under the records
        live.Console.RecordRows.ShouldBe(["↩ [ ] Prenotare la sala · CIES onlus"]);
        live.Press(Key.Space);
        live.Console.RecordRows.ShouldBe(["↩ [x] Prenotare la sala · CIES onlus"]);
        JArray.Parse(ws.Ok("actions", "--json").Out).ShouldBeEmpty();

        live.Press(Key.F4);
        live.Console.Form!.Said.ShouldStartWith("Approvare il verbale di «Tavolo lavoro»");
        live.Type("si").Press(Key.Enter);
        live.Console.Message.Text.ShouldBe("Verbale di «Tavolo lavoro» approvato in «Tavolo aprile»; ora è bloccato"); // titles, not ids

        var previous = ctx.Store.Collection<Meeting>(Meeting.CollectionName).Get(Id)!;
        previous.MinutesApproved.ShouldBeTrue();
        previous.ApprovedInMeetingId.ShouldBe("2030-04-14-thematic-table");
        var itMd = File.ReadAllText(Path.Combine(ws.Path, "minutes", $"{Id}.it.md"));
        itMd.ShouldContain("approvato il 14 aprile 2030 (riunione «Tavolo aprile»); bloccato"); // the approving meeting by its title, not its id
        itMd.ShouldNotContain("bozza");
        using var docx = WordprocessingDocument.Open(Path.Combine(ws.Path, "minutes", $"{Id}.it.docx"), false);
        var text = docx.MainDocumentPart!.Document!.Body!.InnerText;
        text.ShouldContain("approvato il 14 aprile 2030");
        text.ShouldNotContain("bozza");
        ws.Meic("meeting", "decision", "add", Id, "--proposal", "Tardi").ExitCode.ShouldBe(2); // locked
    }

    [Fact]
    public void Should_open_a_second_console_read_only_saying_who_holds_the_meeting_until_it_takes_over()
    {
        using var ws = Planned();
        using var maria = new ScreenContext(ws, "it", During, user: "maria");
        using var ana = new ScreenContext(ws, "it", During, user: "ana");
        var time = new ManualTime(During);
        using var first = new ConsoleHarness(maria, Id, time);
        first.Console.Writing.ShouldBeTrue();

        using var second = new ConsoleHarness(ana, Id, time);
        second.Console.Writing.ShouldBeFalse();
        second.Screen.ShouldContain("Sola lettura: maria tiene aperta questa riunione dalle 10:05");
        second.Console.Notes.ReadOnly.ShouldBeTrue();
        JObject.Parse(ws.Ok("meeting", "show", Id, "--json").Out)["liveConsole"]!["holder"]!.ToString().ShouldBe("maria");
        second.Press(Key.F7);
        second.Console.Form.ShouldBeNull();
        second.Screen.ShouldContain("Sola lettura");

        first.Type("Nota di Maria").Wait(TimeSpan.FromSeconds(1));
        second.Press(Key.F2);
        second.Console.Form!.Said.ShouldContain("Subentrare?");
        second.Type("sì").Press(Key.Enter);
        second.Console.Writing.ShouldBeTrue();
        second.Console.Notes.Text.ShouldBe("Nota di Maria");

        // The first console learns it at its next save or tick, and stops writing: no silent overwrite.
        first.Type(" e altro").Wait(TimeSpan.FromSeconds(1));
        first.Console.Writing.ShouldBeFalse();
        first.Console.Message.Text.ShouldStartWith("ana è subentrato alle 10:05: questa console ora è in sola lettura.", Case.Sensitive, first.Screen);
        first.Console.Notes.ReadOnly.ShouldBeTrue();
        second.Type(" — Ana").Wait(TimeSpan.FromSeconds(1));
        JObject.Parse(ws.Ok("meeting", "show", Id, "--json").Out)["notes"]!["i1"]!.ToString().ShouldBe("Nota di Maria — Ana");
    }

    [Fact]
    public void Should_free_a_lease_not_refreshed_for_a_minute_so_a_killed_console_does_not_lock_the_meeting()
    {
        using var ws = Planned();
        using var maria = new ScreenContext(ws, "it", During, user: "maria");
        var time = new ManualTime(During);
        var killed = new Console.LiveConsole(new Store.Facilitation(maria), Id, time, takeOver: false);
        killed.Writing.ShouldBeTrue(); // never refreshed again, never released: as after kill -9
        time.Advance(TimeSpan.FromSeconds(61));
        using var ana = new ScreenContext(ws, "it", During, user: "ana");
        using var next = new ConsoleHarness(ana, Id, time);
        next.Console.Writing.ShouldBeTrue();
    }

    [Fact]
    public void Should_warn_before_closing_about_missing_notes_consensus_with_objections_overdue_actions_and_nobody_present()
    {
        using var ws = Planned();
        ws.Ok("meeting", "decision", "add", Id, "--proposal", "Orario unico", "--method", "consensus", "--objections", "CNOS-FAP contraria");
        ws.Ok("meeting", "action", "add", Id, "--what", "Scrivere al Municipio", "--owner", "cies-onlus", "--due", "2030-03-01");
        using var ctx = new ScreenContext(ws, "it", During);
        using var live = new ConsoleHarness(ctx, Id, new ManualTime(During));
        live.Press(Key.F9);
        var screen = live.Console.Form!.Said;
        screen.ShouldContain("Prima di chiudere, controlla:");
        screen.ShouldContain("punti senza note: Giro, Decidere");
        screen.ShouldContain("«Orario unico» è registrata per consenso ma ha obiezioni");
        screen.ShouldContain("l'azione «Scrivere al Municipio» scadeva il 1° marzo 2030", Case.Sensitive, screen);
        screen.ShouldContain("nessuno è segnato presente");
        live.Press(Key.Esc);
        ctx.Store.Collection<Meeting>(Meeting.CollectionName).Get(Id)!.Status.ShouldBe(MeetingStatus.Running);

        // The command says the same (run today, by the machine's clock, the 2030 due day is not past yet).
        var closed = JObject.Parse(ws.Ok("meeting", "close", Id, "--json").Out);
        closed["warnings"]!.Select(w => w.ToString()).ShouldBe([
            "items without notes: Giro, Decidere", "\"Orario unico\" is recorded as consensus but has objections", "nobody is marked present"]);
    }

    [Fact]
    public void Should_refuse_to_run_a_closed_meeting_with_one_line_in_Italian_and_exit_code_2()
    {
        using var ws = Planned();
        ws.Ok("meeting", "close", Id);
        var r = MeicProcess.Run(ws.Path, "--lang", "it", "meeting", "run", Id);
        r.ExitCode.ShouldBe(2);
        r.Err.Trim().Split('\n').Length.ShouldBe(1);
        r.Err.ShouldContain("chiusa");
    }

    // kill -9 of the console itself: nothing of it runs on the way out.
    private static void KillNine(int shell)
    {
        // The pane's shell runs the last command of its line in its own place, or as its child.
        var children = File.ReadAllText($"/proc/{shell}/task/{shell}/children").Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse).ToList();
        foreach (var pid in children.Count == 0 ? [shell] : children) System.Diagnostics.Process.GetProcessById(pid).Kill();
    }

    [TmuxFact]
    public void Should_keep_the_note_typed_before_a_kill_9_and_give_the_terminal_back_in_Italian()
    {
        using var ws = Planned();
        const string note = "Giro: ci sono tutti. Caffè · مرحبا";
        var run = $"cd '{ws.Path}' && MEIC_PLUGIN_PATH= dotnet '{Repo.Host}' meeting run {Id} --lang it";
        using (var tmux = new Tmux(width: 80, height: 24))
        {
            tmux.Start(run);
            tmux.WaitFor("Presenze 0/2");
            tmux.Type(note);
            tmux.WaitFor("مرحبا");
            // Saved after the pause: the record has it before the kill.
            tmux.WaitFor(_ => ws.Ok("meeting", "show", Id, "--json").Out.Contains("Caffè"), "the note in the store");
            KillNine(int.Parse(tmux.Display("#{pane_pid}")));
        }
        JObject.Parse(ws.Ok("meeting", "show", Id, "--json").Out)["notes"]!["i1"]!.ToString().ShouldBe(note);

        using (var tmux = new Tmux(width: 80, height: 24))
        {
            tmux.Start(run + "; echo FINE=$?; sleep 30");
            var screen = tmux.WaitFor("Note · Giro");
            screen.ShouldContain("Giro: ci sono tutti.");
            tmux.Keys("C-q");
            var after = tmux.WaitFor("FINE=0");
            // reopened within the minute the killed console still holds: read-only, and it says nothing was changed
            after.ShouldContain("Uscita dalla riunione " + Id + ", seguita in sola lettura");
            tmux.Display("#{alternate_on}").ShouldBe("0");
            tmux.Display("#{cursor_flag}").ShouldBe("1");
        }
    }
}
