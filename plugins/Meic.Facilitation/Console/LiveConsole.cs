using System.Collections.ObjectModel;
using System.Globalization;
using Meic.Facilitation.Commands;
using Meic.Facilitation.Model;
using Meic.Facilitation.Store;
using Meic.Sdk.Errors;
using Meic.Sdk.Screens;
using Meic.Sdk.Text;
using Terminal.Gui.App;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace Meic.Facilitation.Console;

/// <summary>
/// The facilitator's live console for one meeting, on Terminal.Gui: the agenda with the current item's countdown, the
/// attendance (filtered, scrolling), the current item's notes in a real editor, and the item's decisions and actions.
/// Notes are saved as they are typed, coalesced by <see cref="NoteSaver"/>; decisions and actions go through the forms of
/// <see cref="ConsoleForm"/> and <see cref="MeetingRecords"/>, whole or not at all. Only the console holding the
/// meeting's <see cref="ConsoleLease"/> writes; another one shows the meeting read-only until it takes over.
/// </summary>
internal sealed class LiveConsole : View
{
    private readonly Store.Facilitation _f;
    private readonly Strings _t;
    private readonly TimeProvider _time;
    private readonly string _meetingId;
    private readonly ConsoleLease _lease;
    private readonly NoteSaver _saver;
    private readonly Dictionary<string, MeetingFormat> _formats;
    private readonly ObservableCollection<string> _agendaLines = new(), _attendanceLines = new(), _recordLines = new();
    private List<Attendance> _shownAttendance = new();
    private List<object> _shownRecords = new();
    private Meeting _m;
    private readonly List<string> _followUp;
    private NoteWriter? _writer;
    private bool _loadingNote;
    private DateTimeOffset _lastTick;
    private object? _timer;
    private IApplication? _app;
    private bool _disposed, _left;

    public LiveConsole(Store.Facilitation f, string meetingId, TimeProvider time, bool takeOver)
    {
        _f = f; _t = f.T; _time = time; _meetingId = meetingId;
        Width = Dim.Fill(); Height = Dim.Fill(); CanFocus = true;
        _m = f.RequireMeeting(meetingId);
        if (_m.Status == MeetingStatus.Closed) throw new InputException(_t["error.closed", _m.Id], _m.Id);
        f.EnsureEditable(_m);
        _lease = new ConsoleLease(f, meetingId, time);
        if (_lease.Acquire(takeOver)) _m = MeetingLifecycle.Start(f, _m);
        _formats = f.AllFormats().ToDictionary(x => x.Id, StringComparer.OrdinalIgnoreCase);
        // The previous meeting's actions still open when the console opened: followed up here, ticked done as reported.
        _followUp = f.Previous(_m) is { } previous ? f.OpenActionsOf(previous.Id).OrderBy(a => a.CreatedAt).Select(a => a.Id).ToList() : [];
        _saver = new NoteSaver(time, SaveNote);

        Header = new Label { X = 0, Y = 0, Width = Dim.Fill(), Height = 1, Text = "" };
        AgendaFrame = new FrameView { X = 0, Y = 1, Width = Dim.Percent(50), Height = Math.Clamp(_m.Agenda.Count + 2, 3, 8), Title = _t["col.agenda"] };
        Agenda = new ListView { Width = Dim.Fill(), Height = Dim.Fill(), CanFocus = false };
        Agenda.SetSource(_agendaLines);
        AgendaFrame.Add(Agenda);
        NotesFrame = new FrameView { X = 0, Y = Pos.Bottom(AgendaFrame), Width = Dim.Percent(50), Height = Dim.Fill(3), Title = _t["run.notesFor", ""] };
        Notes = new PlainTextView { Width = Dim.Fill(), Height = Dim.Fill(), WordWrap = true, TabKeyAddsTab = false }; // Tab goes to the next pane
        NotesFrame.Add(Notes);
        // Before the first item starts, the notes have nowhere to go: say so at the first key instead of dropping it.
        Notes.KeyDown += (_, key) =>
        {
            if (_writer is null && Notes.ReadOnly && key.AsRune.Value >= ' ' && !key.IsCtrl && !key.IsAlt)
            {
                Say(_m.Agenda.Count == 0 ? _t["run.noAgenda"] : _t["run.startFirst"]);
                key.Handled = true;
            }
        };
        AttendanceFrame = new FrameView { X = Pos.Right(AgendaFrame), Y = 1, Width = Dim.Fill(), Height = Dim.Percent(55), Title = "" };
        var caption = new Label { X = 0, Y = 0, Text = _t["run.filter"] + ":" };
        Filter = new TextField { X = Pos.Right(caption) + 1, Y = 0, Width = Dim.Fill(), Text = "" };
        Attendance = new ListView { X = 0, Y = 1, Width = Dim.Fill(), Height = Dim.Fill() };
        Attendance.KeystrokeNavigator = null!; // letters mark attendance, they do not search
        Attendance.SetSource(_attendanceLines);
        AttendanceFrame.Add(caption, Filter, Attendance);
        RecordsFrame = new FrameView { X = Pos.Right(NotesFrame), Y = Pos.Bottom(AttendanceFrame), Width = Dim.Fill(), Height = Dim.Fill(3), Title = _t["run.recorded"] };
        Records = new ListView { Width = Dim.Fill(), Height = Dim.Fill() };
        Records.KeystrokeNavigator = null!;
        Records.SetSource(_recordLines);
        RecordsFrame.Add(Records);
        Message = new Label { X = 0, Y = Pos.AnchorEnd(3), Width = Dim.Fill(), Height = 1, Text = "" };
        KeysLine = new Label { X = 0, Y = Pos.AnchorEnd(2), Width = Dim.Fill(), Height = 1, Text = "" };
        CommandLine = new Label { X = 0, Y = Pos.AnchorEnd(1), Width = Dim.Fill(), Height = 1, Text = "" };
        Add(Header, AgendaFrame, NotesFrame, AttendanceFrame, RecordsFrame, Message, KeysLine, CommandLine);

        Notes.ContentsChanged += (_, _) => { if (!_loadingNote && _lease.Held) _saver.Typed(Notes.Text); };
        Notes.DrawComplete += (_, _) => EndOnceLaidOut();
        Filter.TextChanged += (_, _) => ShowAttendance();
        Attendance.ValueChanged += (_, _) => ShowCommand();
        Records.ValueChanged += (_, _) => ShowCommand();
        foreach (var pane in new View[] { Notes, Filter, Attendance, Records }) pane.HasFocusChanged += (_, _) => { ShowKeys(); ShowCommand(); };

        // Inside the terminal application the view is attached when the shell adds it; `meeting run` attaches it itself.
        Initialized += (_, _) => { if (_app is null && App is { } app) Attach(app); };
        LoadItem();
        ShowAll();
        if (!_lease.Held) ReadOnlyBecause(_t["lease.heldBy", _lease.Other?.Holder ?? "?", Clock(_lease.Other?.Since)]);
        else Say(_m.Agenda.Count == 0 ? _t["run.noAgenda"] : "");
    }

    public Label Header { get; }
    public FrameView AgendaFrame { get; }
    public ListView Agenda { get; }
    public FrameView NotesFrame { get; }
    public TextView Notes { get; }
    public FrameView AttendanceFrame { get; }
    public TextField Filter { get; }
    public ListView Attendance { get; }
    public FrameView RecordsFrame { get; }
    public ListView Records { get; }
    public Label Message { get; }
    public Label KeysLine { get; }
    public Label CommandLine { get; }

    /// <summary>The rows of the decisions and actions pane, whole (the pane may be narrower).</summary>
    public IReadOnlyList<string> RecordRows => _recordLines;

    /// <summary>The form open over the console (a decision, an action, a question), or null.</summary>
    public ConsoleForm? Form { get; private set; }

    /// <summary>Whether this console may write (it holds the meeting's lease).</summary>
    public bool Writing => _lease.Held;

    /// <summary>The minutes file written when the meeting was closed here, or null.</summary>
    public string? MinutesFile { get; private set; }

    /// <summary>Raised when the console has nothing more to do (the meeting closed): the host leaves it.</summary>
    public event Action? Finished;

    private AgendaItem? Current => _m.Agenda.FirstOrDefault(a => a.Id == _m.CurrentItemId);

    private DateTimeOffset Now => _time.GetUtcNow();

    // ---- the host's side ---------------------------------------------------------------------

    /// <summary>Starts the clock: the countdown, the coalesced saves and the lease refresh run on the application's timer.</summary>
    public void Attach(IApplication app)
    {
        if (_app is not null) return;
        _app = app;
        app.Keyboard.KeyDown += OnAppKey;
        _timer = app.AddTimeout(TimeSpan.FromMilliseconds(100), () => { Tick(); return !_disposed; });
        Notes.SetFocus();
    }

    private void OnAppKey(object? sender, Key key)
    {
        if (key.Handled || _disposed || _app?.TopRunnableView is { } top && !IsInside(top)) return;
        key.Handled = Handle(key);
    }

    private bool IsInside(View top)
    {
        for (View? v = this; v is not null; v = v.SuperView) if (v == top) return true;
        return false;
    }

    /// <summary>What one timer tick does: save the note after a pause, redraw the clock each second, keep the lease.</summary>
    public void Tick()
    {
        if (_saver.Tick()) ShowCommand();
        var now = Now;
        if (now - _lastTick < TimeSpan.FromSeconds(1)) return;
        _lastTick = now;
        if (_lease.Held && !_lease.Check()) LostLease();
        ShowHeader();
        ShowAgenda();
    }

    /// <summary>Esc: discards the open form; false when none is open (the host then leaves the console).</summary>
    public bool Escape()
    {
        if (Form is null) return false;
        CloseForm(_t["run.discarded"]);
        return true;
    }

    /// <summary>Saves what is typed and folds the note, then gives the lease back (the console is leaving).</summary>
    public void Leave()
    {
        if (_left) return;
        _left = true;
        if (_lease.Held)
        {
            _saver.Flush();
            _writer?.Fold();
        }
        _lease.Release();
    }

    /// <summary>The console's keys; true when one was used.</summary>
    public bool Handle(Key key)
    {
        if (Form is not null)
        {
            if (key == Key.Esc) return Escape();
            return Form.Handle(key);
        }
        try
        {
            if (key == Key.F5) { Move(-1); return true; }
            if (key == Key.F6) { Move(+1); return true; }
            if (key == Key.F7) { DecisionForm(null); return true; }
            if (key == Key.F8) { ActionForm(null); return true; }
            if (key == Key.F9) { CloseMeeting(); return true; }
            if (key == Key.F4) { ApprovePrevious(); return true; }
            if (key == Key.F2) { TakeOver(); return true; }
            if (key == Key.F3) { Notes.SetFocus(); return true; }
            if (key == Key.Tab || key == Key.Tab.WithShift) { NextPane(key == Key.Tab ? 1 : -1); return true; }
            // Down on the last row stays there: left to Terminal.Gui it moves the focus on, and the next mark
            // (g, a, p) would be typed into the filter, emptying the list in the middle of a roll call.
            if (key == Key.CursorDown && (Attendance.HasFocus && AtLast(Attendance, _shownAttendance.Count) || Records.HasFocus && AtLast(Records, _shownRecords.Count))) return true;
            if (Attendance.HasFocus) return AttendanceKey(key);
            if (Records.HasFocus) return RecordKey(key);
            if (Filter.HasFocus && (key == Key.Enter || key == Key.CursorDown)) { Attendance.SetFocus(); return true; }
        }
        catch (MeicException e) { Say(e.Message); return true; }
        return false;
    }

    private static bool AtLast(ListView list, int count) => list.SelectedItem is int i ? i >= count - 1 : count == 0;

    // The panes are frames of their own, which Terminal.Gui's Tab does not cross: Tab goes round them here.
    private void NextPane(int step)
    {
        View[] panes = [Notes, Attendance, Records];
        var at = Array.FindIndex(panes, p => p.HasFocus);
        if (Filter.HasFocus) at = 1;
        panes[((at < 0 ? 0 : at) + step + panes.Length) % panes.Length].SetFocus();
    }

    // ---- the current item and its note -------------------------------------------------------

    // A note loaded before the pane has its size is wrapped again when it gets one, and Terminal.Gui puts the cursor
    // back at the start then: what was typed next went in front of the note. Moved to the end again once it has been drawn.
    private bool _endPending;

    private void EndOnceLaidOut()
    {
        if (!_endPending || Notes.Viewport.Width <= 0) return;
        _endPending = false;
        Notes.MoveEnd();
        Notes.SetNeedsDraw();
    }

    private void LoadItem()
    {
        _writer = Current is { } item ? new NoteWriter(_f, _m.Id, item.Id) : null;
        _loadingNote = true;
        try
        {
            Notes.Text = _writer?.Saved ?? "";
            Notes.ClearHistoryChanges(); // undo stays within the item
            Notes.ReadOnly = _writer is null || !_lease.Held;
            Notes.MoveEnd();
            _endPending = true;
        }
        finally { _loadingNote = false; }
        NotesFrame.Title = Current is { } now ? _t["run.notesFor", now.Title] : _t["run.notesNoItem"];
    }

    private bool SaveNote(string text)
    {
        if (_writer is null || !Writable()) return false;
        return _writer.Save(text);
    }

    /// <summary>The text the editor holds, saved now (for tests and for leaving).</summary>
    public void SaveNow() => _saver.Flush();

    private void Move(int step)
    {
        if (!Writable()) return;
        var cur = Current;
        var index = cur is null ? -1 : _m.Agenda.IndexOf(cur);
        var next = index + step;
        if (next < 0 || next >= _m.Agenda.Count) { Say(step > 0 ? _t["run.lastItem"] : _t["run.firstItem"]); return; }
        _saver.Flush();
        _writer?.Fold();
        var now = _f.Context.Clock.Now;
        _m = _f.RequireMeeting(_meetingId);
        cur = Current;
        if (cur is not null)
        {
            if (cur.StartedAt is { } s) cur.SpentSeconds += (int)Math.Max(0, (now - s).TotalSeconds);
            cur.StartedAt = null;
            cur.EndedAt = now;
        }
        var item = _m.Agenda[next];
        item.StartedAt = now;
        item.EndedAt = null;
        _m.CurrentItemId = item.Id;
        _m = _f.Meetings.Update(_m);
        LoadItem();
        Say("");
        ShowAll();
    }

    // ---- attendance --------------------------------------------------------------------------

    private bool AttendanceKey(Key key)
    {
        var rune = key.AsRune.Value;
        AttendanceMark? mark = key == Key.Space || rune == 'p' ? AttendanceMark.Present : rune == 'a' ? AttendanceMark.Absent : rune is 'g' or 'e' ? AttendanceMark.Excused : null; // giustificato, excusado/excused
        if (rune == '/') { Filter.SetFocus(); return true; }
        if (rune == '+') { WalkIn(); return true; }
        if (mark is null || Attendance.SelectedItem is not int i || i < 0 || i >= _shownAttendance.Count) return false;
        if (!Writable()) return true;
        var a = _shownAttendance[i];
        // A second Space on a present row takes the mark back off, as the old console did.
        if (key == Key.Space && a.Present) mark = AttendanceMark.Absent;
        _m = MeetingRecords.Mark(_f, _f.RequireMeeting(_meetingId), a.ActorId, a.Person, mark.Value);
        ShowAttendance();
        if (i + 1 < _shownAttendance.Count) Attendance.SelectedItem = i + 1; // the next one, as a roll call goes
        Attendance.EnsureSelectedItemVisible();
        return true;
    }

    // Someone not invited came: marked present as `meic meeting attend ID ACTOR --present` does for a walk-in.
    private void WalkIn()
    {
        if (!Writable()) return;
        OpenForm(new ConsoleForm(_t["run.walkIn"], null, [(_t["run.organisation"], ""), (_t["run.person"], "")], v =>
        {
            if (!Writable()) return _t["run.readOnly"];
            if (v[0].Length == 0) return _t["run.ownerNeeded"];
            var actor = Owner(v[0]);
            _m = MeetingRecords.Mark(_f, _f.RequireMeeting(_meetingId), actor, v[1], AttendanceMark.Present);
            return Done(_t["run.walkedIn", _f.ActorName(actor)]);
        }), $"meic meeting attend {_meetingId} {_t["run.actorPlaceholder"]} --person … --present");
    }

    private void ShowAttendance()
    {
        var selected = Attendance.SelectedItem is int s && s >= 0 && s < _shownAttendance.Count ? _shownAttendance[s] : null;
        _shownAttendance = _m.Attendance.Where(a => ListScreen.Matches(new ListRow(a.ActorId, [_f.ActorName(a.ActorId), a.Person ?? ""]) { Keywords = a.ActorId }, Filter.Text)).ToList();
        _attendanceLines.Clear();
        foreach (var a in _shownAttendance)
        {
            var mark = MeetingRecords.MarkOf(a) switch
            {
                AttendanceMark.Present => "[x]", AttendanceMark.Excused => $"[{_t["run.markExcused"]}]", AttendanceMark.Absent => "[-]", _ => "[ ]",
            };
            _attendanceLines.Add($"{mark} {_f.ActorName(a.ActorId)}{(a.Person is { } p ? " · " + p : "")}");
        }
        var index = selected is null ? 0 : Math.Max(0, _shownAttendance.FindIndex(a => a.ActorId == selected.ActorId && a.Person == selected.Person));
        Attendance.SelectedItem = _shownAttendance.Count == 0 ? null : Math.Min(index, _shownAttendance.Count - 1);
        if (_shownAttendance.Count > 0) Attendance.EnsureSelectedItemVisible();
        AttendanceFrame.Title = _t["run.attendance", _m.Attendance.Count(a => a.Present), _m.Attendance.Count];
        if (_m.Attendance.Count == 0) { _attendanceLines.Add(_t["run.noAttendees"]); }
        ShowCommand();
    }

    // ---- decisions and actions ---------------------------------------------------------------

    private bool RecordKey(Key key)
    {
        if (Records.SelectedItem is not int i || i < 0 || i >= _shownRecords.Count) return false;
        var record = _shownRecords[i];
        if (record is FollowUp follow)
        {
            if (key != Key.Space && key != Key.Enter) return false;
            if (!Writable()) return true;
            // What `meic actions done ID` does, and back to open when ticked by mistake.
            var a = _f.Actions.Get(follow.Action.Id) ?? follow.Action;
            a.Status = a.Status == ActionStatus.Done ? ActionStatus.Open : ActionStatus.Done;
            a.DoneOn = a.Status == ActionStatus.Done ? _f.Today : null;
            _f.Actions.Update(a);
            ShowRecords();
            ShowCommand();
            return true;
        }
        if (key == Key.Enter)
        {
            if (record is Decision d) DecisionForm(d); else ActionForm((ActionItem)record);
            return true;
        }
        if (key != Key.Delete && key != Key.Backspace) return false;
        if (!Writable()) return true;
        var question = record is Decision dd ? _t["confirm.removeDecision", dd.Proposal] : _t["confirm.removeAction", ((ActionItem)record).What];
        Ask(_t["action.remove"], question, () =>
        {
            if (record is Decision d) { MeetingRecords.RemoveDecision(_f, d); return _t["decision.removed", d.Id]; }
            var a = (ActionItem)record;
            MeetingRecords.RemoveAction(_f, a);
            return _t["action.removed", a.Id];
        });
        return true;
    }

    private void ShowRecords()
    {
        var item = Current?.Id;
        var lang = _f.Context.Language;
        var decisions = _f.Decisions.Find(("meetingId", _m.Id)).Where(d => d.AgendaItemId == item).OrderBy(d => d.CreatedAt).ToList();
        var actions = _f.Actions.Find(("meetingId", _m.Id)).Where(a => a.AgendaItemId == item).OrderBy(a => a.CreatedAt).ToList();
        var selected = Records.SelectedItem ?? 0;
        var followUp = _followUp.Select(id => _f.Actions.Get(id)).OfType<ActionItem>().Select(a => new FollowUp(a)).ToList();
        _shownRecords = [.. decisions, .. actions, .. followUp];
        _recordLines.Clear();
        foreach (var d in decisions)
            _recordLines.Add($"{_t["run.decisionMark"]} {FacilitationVocabularies.Label(d.Method, lang)} · {d.Proposal}{(d.Outcome.Length > 0 ? " → " + d.Outcome : "")}");
        foreach (var a in actions)
            _recordLines.Add($"{_t["run.actionMark"]} {a.What} · {_f.ActorName(a.OwnerActorId)}{(a.Due is { } due ? " · " + Sdk.Text.Dates.Format(due, lang) : "")}");
        foreach (var a in followUp.Select(u => u.Action))
            _recordLines.Add($"↩ {(a.Status == ActionStatus.Done ? "[x]" : "[ ]")} {a.What} · {_f.ActorName(a.OwnerActorId)}{(a.Due is { } due ? " · " + Sdk.Text.Dates.Format(due, lang) : "")}");
        if (_shownRecords.Count == 0) _recordLines.Add(_t["run.noRecords"]);
        Records.SelectedItem = _shownRecords.Count == 0 ? null : Math.Clamp(selected, 0, _shownRecords.Count - 1);
        RecordsFrame.Title = _t["run.recordedFor", Current is { } c ? _m.Agenda.IndexOf(c) + 1 : 0];
    }

    private void DecisionForm(Decision? existing)
    {
        if (!Writable()) return;
        var methods = string.Join(", ", Enum.GetValues<DecisionMethod>().Select(m => FacilitationVocabularies.Label(m, _f.Context.Language)));
        OpenForm(new ConsoleForm(existing is null ? _t["screen.decision.add"] : _t["screen.decision.edit"], null,
            [
                (_t["field.method"], FacilitationVocabularies.Label(existing?.Method ?? DecisionMethod.Consent, _f.Context.Language)),
                (_t["field.proposal"], existing?.Proposal ?? ""), (_t["field.outcome"], existing?.Outcome ?? ""),
                (_t["field.objections"], existing?.Objections ?? ""), (_t["field.review"], existing?.ReviewDate is { } r ? Typed(r) : ""),
            ], v =>
            {
                if (!Writable()) return _t["run.readOnly"];
                                if (!Method(v[0], out var method)) return _t["run.badMethod", methods];
                var draft = new DecisionDraft(method, v[1], v[2], v[3],
                    v[4].Length == 0 ? null : _f.ParseDay(v[4], "--review"), existing?.AgendaItemId ?? Current?.Id);
                var d = existing is null ? MeetingRecords.AddDecision(_f, _f.RequireMeeting(_meetingId), draft) : MeetingRecords.UpdateDecision(_f, existing, draft);
                return Done(_t["decision.saved", d.Id]);
            }),
            existing is null ? $"meic meeting decision add {_meetingId} --proposal …" : $"meic meeting decision edit {existing.Id} …");
    }

    private void ActionForm(ActionItem? existing)
    {
        if (!Writable()) return;
        OpenForm(new ConsoleForm(existing is null ? _t["screen.action.add"] : _t["screen.action.edit"], _t["run.due"] + ": " + _t["run.dueHint"],
            [
                (_t["field.what"], existing?.What ?? ""), (_t["field.owner"], existing?.OwnerActorId ?? ""),
                (_t["field.due"], existing?.Due is { } d ? Typed(d) : ""),
            ], v =>
            {
                if (!Writable()) return _t["run.readOnly"];
                var owner = v[1].Length == 0 ? throw new InputException(_t["run.ownerNeeded"], "--owner") : Owner(v[1]);
                DateOnly? due = v[2].Length == 0 ? null
                    : v[2].StartsWith('+') && int.TryParse(v[2][1..], NumberStyles.None, CultureInfo.InvariantCulture, out var days) ? _f.Today.AddDays(days)
                    : _f.ParseDay(v[2], "--due");
                var draft = new ActionDraft(v[0], owner, due, existing?.AgendaItemId ?? Current?.Id);
                var a = existing is null ? MeetingRecords.AddAction(_f, _f.RequireMeeting(_meetingId), draft) : MeetingRecords.UpdateAction(_f, existing, draft);
                return Done(_t["action.saved", a.Id]);
            }),
            existing is null ? $"meic meeting action add {_meetingId} --what … --owner …" : $"meic meeting action edit {existing.Id} …");
    }

    // A day as people type it (and as ParseDay reads it back).
    private static string Typed(DateOnly day) => day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    private static bool Method(string typed, out DecisionMethod method)
    {
        method = DecisionMethod.Consent;
        if (typed.Length == 0) return true;
        FacilitationVocabularies.Ensure();
        return Names.TryParse(typed, out method) || Vocabularies.Shared.TryParse(typed, out method);
    }

    // An owner typed as part of a name or id is taken when only one actor matches.
    private string Owner(string typed)
    {
        var matches = _f.ActorRecords.All().Where(a => ListScreen.Matches(new ListRow(a.Id, [a.Name]) { Keywords = a.Id }, typed)).ToList();
        if (matches.Count == 1) return matches[0].Id;
        if (matches.Count > 1 && matches.FirstOrDefault(a => a.Id.Equals(typed, StringComparison.OrdinalIgnoreCase)) is { } exact) return exact.Id;
        if (matches.Count > 1) throw new InputException(_t["run.ambiguous", string.Join(", ", matches.Take(5).Select(m => m.Id))], "--owner");
        return _f.RequireActor(typed, "--owner").Id;
    }

    // ---- closing, approving, taking over -----------------------------------------------------

    private void CloseMeeting()
    {
        if (!Writable()) return;
        _saver.Flush();
        _writer?.Fold();
        _m = _f.RequireMeeting(_meetingId);
        var warnings = CloseWarnings.For(_f, _m);
        var text = (warnings.Count == 0 ? "" : _t["run.closeWarnings"] + "\n" + string.Join("\n", warnings.Select(w => "• " + w)) + "\n")
            + _t["confirm.close", _m.Title] + "\n" + _t["run.pulse"] + ": " + _t["run.pulseHint"];
        OpenForm(new ConsoleForm(_t["action.close"], text, [(_t["field.pulse"], ""), (_t["run.answer", _t["answer.words"]], "")], v =>
        {
            if (!Writable()) return _t["run.readOnly"];
            PulseEntry? pulse = null;
            if (v[0].Length > 0)
            {
                var digits = v[0].Where(char.IsDigit).Select(c => c - '0').ToList();
                if (digits.Count != 4 || digits.Any(d => d is < 1 or > 5)) return _t["run.pulseBad"];
                pulse = new PulseEntry { Openness = digits[0], Balance = digits[1], Usefulness = digits[2], Trust = digits[3], By = "facilitator", At = _f.Context.Clock.Now };
            }
            if (!YesAnswer.Means(_f, v[1])) return Done(_t["run.notClosed"]);
            var m = _f.RequireMeeting(_meetingId);
            using (var tx = _f.Context.Store.BeginTransaction())
            {
                if (pulse is not null) { m.Pulse.Add(pulse); m = _f.Meetings.Update(m); }
                MinutesFile = MeetingLifecycle.Close(_f, m, withNames: false);
                tx.Commit();
            }
            _m = _f.RequireMeeting(_meetingId);
            Done(_t["close.done", _m.Title, Path.GetRelativePath(_f.Context.WorkspaceDirectory, MinutesFile)]);
            _lease.Release();
            Notes.ReadOnly = true;
            Finished?.Invoke();
            return null;
        }), $"meic meeting close {_meetingId}");
        Form!.Fields[1].SetFocus();
        if (_m.Pulse.Count == 0) Form.Fields[0].SetFocus();
    }

    private void ApprovePrevious()
    {
        if (!Writable()) return;
        var previous = _f.Previous(_m) is { Status: MeetingStatus.Closed, MinutesApproved: false } p ? p : null;
        if (previous is null) { Say(_t["run.nothingToApprove"]); return; }
        Ask(_t["action.approve"], _t["confirm.approve", previous.Title, Screens.MeetingScreens.When(_f, previous.Start)], () =>
        {
            using var tx = _f.Context.Store.BeginTransaction();
            MeetingLifecycle.Approve(_f, _f.RequireMeeting(previous.Id), _f.RequireMeeting(_meetingId));
            tx.Commit();
            return _t["approve.done", previous.Title, _m.Title];
        }, $"meic meeting approve {previous.Id} --at {_meetingId}");
    }

    private void TakeOver()
    {
        if (_lease.Held) { Say(_t["lease.yours"]); return; }
        if (_m.Status == MeetingStatus.Closed) { Say(_t["error.closed", _m.Id]); return; }
        Ask(_t["lease.takeOverTitle"], _t["lease.takeOverQuestion", _lease.Other?.Holder ?? "?", Clock(_lease.Other?.Since)], () =>
        {
            _lease.Acquire(takeOver: true);
            _m = MeetingLifecycle.Start(_f, _f.RequireMeeting(_meetingId));
            LoadItem();
            ShowAll();
            return _t["lease.taken"];
        }, $"meic meeting run {_meetingId} --take-over");
    }

    /// <summary>A yes/no question answered by typing a word of the user's language; <paramref name="yes"/> runs on yes.</summary>
    private void Ask(string title, string question, Func<string> yes, string? command = null)
    {
        OpenForm(new ConsoleForm(title, question, [(_t["run.answer", _t["answer.words"]], "")], v =>
        {
            if (!YesAnswer.Means(_f, v[0])) return Done(_t["run.cancelled"]);
            return Done(yes());
        }), command);
    }

    // ---- forms ------------------------------------------------------------------------------

    private string? _formCommand;

    private View? _returnTo;

    private void OpenForm(ConsoleForm form, string? command)
    {
        CloseForm(null);
        // Back where the form was asked from once it closes: a walk-in or a delete from the lists returns to that list.
        _returnTo = Attendance.HasFocus || Filter.HasFocus ? Attendance : Records.HasFocus ? Records : Notes;
        Form = form;
        _formCommand = command;
        form.X = Pos.Right(AgendaFrame); form.Y = 1; form.Width = Dim.Fill(); form.Height = Dim.Fill(3);
        Add(form);
        form.Start();
        ShowKeys();
        ShowCommand();
    }

    // A form that saved closes itself: its message goes to the message line, the lists are read again.
    private string? Done(string message)
    {
        // The form is closed after its Save returns, not from inside its own handler.
        if (_app is { } app) app.Invoke(() => CloseForm(message));
        else CloseForm(message);
        return null;
    }

    private void CloseForm(string? message)
    {
        if (Form is { } form)
        {
            Form = null;
            _formCommand = null;
            Remove(form);
            form.Dispose();
            (_returnTo ?? Notes).SetFocus();
            _returnTo = null;
        }
        if (message is not null) Say(message);
        if (!_disposed) ShowAll();
    }

    // ---- the lease ---------------------------------------------------------------------------

    private bool Writable()
    {
        if (_m.Status == MeetingStatus.Closed) { Say(_t["error.closed", _m.Id]); return false; }
        var held = _lease.Held;
        if (held && _lease.Check(refresh: false)) return true;
        if (held) LostLease();
        else Say(_t["run.readOnly"]);
        return false;
    }

    private void LostLease()
    {
        // Another console took over: stop writing at once; what this one had not saved is not forced over the other's.
        ReadOnlyBecause(_t["lease.lost", _lease.Other?.Holder ?? "?", Clock(_lease.Other?.Since)]);
    }

    private void ReadOnlyBecause(string why)
    {
        Notes.ReadOnly = true;
        Say(why);
        ShowHeader();
        ShowKeys();
    }

    private string Clock(DateTimeOffset? at) => at is { } a ? _f.Local(a).ToString("HH:mm", CultureInfo.InvariantCulture) : "?";

    // ---- drawing ------------------------------------------------------------------------------

    private void Say(string message) => Message.Text = message;

    private void ShowAll()
    {
        ShowHeader();
        ShowAgenda();
        ShowAttendance();
        ShowRecords();
        ShowKeys();
        ShowCommand();
    }

    private void ShowHeader()
    {
        var local = _f.Local(_f.Context.Clock.Now);
        var item = Current is { } c ? $"{_m.Agenda.IndexOf(c) + 1}/{_m.Agenda.Count} {c.Title} {Countdown(c)}" : _t["run.noItem"];
        var state = _lease.Held ? "" : " · " + _t["run.readOnlyMark"];
        Header.Text = $"{_m.Title} · {local:HH:mm}{state} · {item}"; // the state before the item: a long title cannot push it off the line
    }

    private string Countdown(AgendaItem item)
    {
        var spent = item.SpentSeconds + (item.StartedAt is { } s ? Math.Max(0, (_f.Context.Clock.Now - s).TotalSeconds) : 0);
        var left = item.Minutes * 60 - (int)spent;
        return left >= 0 ? $"{left / 60:00}:{left % 60:00} {_t["run.left"]}" : $"{_t["run.overrun"]} +{-left / 60:00}:{-left % 60:00}";
    }

    private void ShowAgenda()
    {
        _agendaLines.Clear();
        foreach (var (item, i) in _m.Agenda.Select((a, i) => (a, i)))
        {
            var current = item.Id == _m.CurrentItemId;
            var state = current ? Countdown(item) : item.EndedAt is not null ? _t["run.done"] : $"{item.Minutes} min";
            _agendaLines.Add($"{(current ? "›" : " ")} {i + 1}. {item.Title} · {state}");
        }
        var at = Current is { } c ? _m.Agenda.IndexOf(c) : -1;
        Agenda.SelectedItem = at < 0 ? null : at;
        if (at >= 0) Agenda.EnsureSelectedItemVisible();
        if (Current is { Format: { } format } cur && _formats.TryGetValue(format, out var fm))
            AgendaFrame.Title = $"{_t["col.agenda"]} · {fm.NameIn(_f.Context.Language)}";
        else AgendaFrame.Title = _t["col.agenda"];
    }

    private void ShowKeys() =>
        KeysLine.Text = Form is not null ? _t["run.formKeys"] : _m.Status == MeetingStatus.Closed ? "" : !_lease.Held ? _t["run.keysReadOnly"]
            : Attendance.HasFocus || Filter.HasFocus ? _t["run.keysAttendance"] : Records.HasFocus ? _t["run.keysRecords"] : _t["run.keys2"];

    private void ShowCommand()
    {
        string command;
        if (_formCommand is { } f) command = f;
        else if (Attendance.HasFocus && Attendance.SelectedItem is int i && i >= 0 && i < _shownAttendance.Count)
            command = Shell.Line(["meic", "meeting", "attend", _meetingId, _shownAttendance[i].ActorId,
                .. _shownAttendance[i].Person is { } p ? new[] { "--person", p } : [],
                "--" + Names.Kebab(MeetingRecords.MarkOf(_shownAttendance[i]) ?? AttendanceMark.Present)]);
        else if (Records.HasFocus && Records.SelectedItem is int r && r >= 0 && r < _shownRecords.Count)
            command = _shownRecords[r] switch
            {
                Decision d => $"meic meeting decision edit {d.Id} …",
                FollowUp u => $"meic actions {(u.Action.Status == ActionStatus.Done ? "done" : "done|drop")} {u.Action.Id}",
                var a => $"meic meeting action edit {((ActionItem)a).Id} …",
            };
        else command = $"meic meeting show {_meetingId}";
        CommandLine.Text = "$ " + command;
    }

    /// <summary>The command shown for what has the focus.</summary>
    public string Command => CommandLine.Text.StartsWith("$ ", StringComparison.Ordinal) ? CommandLine.Text[2..] : CommandLine.Text;

    /// <summary>An open action of the previous meeting, shown under the item's records to be followed up.</summary>
    private sealed record FollowUp(ActionItem Action);

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _disposed = true;
            Leave(); // the page closed (Esc, the menu, quitting): nothing typed is left unsaved
            if (_app is { } app)
            {
                app.Keyboard.KeyDown -= OnAppKey;
                if (_timer is not null) app.RemoveTimeout(_timer);
            }
        }
        base.Dispose(disposing);
    }
}
