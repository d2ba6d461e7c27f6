using System.Globalization;
using Meic.Facilitation.Model;
using Meic.Facilitation.Store;
using Meic.Sdk.Errors;
using Meic.Sdk.Model;
using Meic.Sdk.Text;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Meic.Facilitation.Console;

/// <summary>
/// The facilitator's live console for one meeting. Every key that changes data writes it to the store at once,
/// so a killed terminal loses nothing and the next <c>run</c> takes up where this one stopped.
/// </summary>
internal sealed class RunConsole
{
    private enum Mode { Normal, Notes, Field, FollowUp }

    private readonly Store.Facilitation _f;
    private readonly IAnsiConsole _console;
    private readonly IKeys _keys;
    private readonly Strings _t;
    private Meeting _m;
    private readonly Meeting? _previous;
    private readonly List<ActionItem> _followUp;
    private readonly Dictionary<string, MeetingFormat> _formats;
    private Mode _mode = Mode.Normal;
    private readonly Queue<FieldEdit> _fields = new();
    private string _noteBuffer = "";
    private int _attendanceCursor;
    private int _followCursor;
    private string? _flash;
    private bool _done;
    public string? MinutesFile { get; private set; }

    public RunConsole(Store.Facilitation f, Meeting m, IAnsiConsole console, IKeys keys)
    {
        _f = f; _console = console; _keys = keys; _t = f.T;
        _m = MeetingLifecycle.Start(f, m);
        _previous = f.Previous(m);
        _followUp = _previous is null ? [] : f.OpenActionsOf(_previous.Id).Where(a => a.What.Length > 0).ToList();
        _formats = f.AllFormats().ToDictionary(x => x.Id, StringComparer.OrdinalIgnoreCase);
    }

    private DateTimeOffset Now => _f.Context.Clock.Now;
    private AgendaItem? Current => _m.Agenda.FirstOrDefault(a => a.Id == _m.CurrentItemId);

    public void Run()
    {
        while (!_done)
        {
            Draw();
            var key = _keys.Next(TimeSpan.FromSeconds(1));
            if (key is null) continue;
            try { Handle(key.Value); }
            catch (MeicException e) { _flash = e.Message; }
        }
    }

    // ---- keys -------------------------------------------------------------------------------

    private void Handle(ConsoleKeyInfo key)
    {
        // A terminal sends Esc then a key typed quickly after it as one Alt+key: take it as both.
        if (_mode != Mode.Normal && key.Modifiers.HasFlag(ConsoleModifiers.Alt) && !char.IsControl(key.KeyChar))
        {
            Handle(new ConsoleKeyInfo('\u001b', ConsoleKey.Escape, false, false, false));
            Handle(new ConsoleKeyInfo(key.KeyChar, key.Key, key.Modifiers.HasFlag(ConsoleModifiers.Shift), false, key.Modifiers.HasFlag(ConsoleModifiers.Control)));
            return;
        }
        switch (_mode)
        {
            case Mode.Notes: HandleNotes(key); return;
            case Mode.Field: HandleField(key); return;
            case Mode.FollowUp: HandleFollowUp(key); return;
        }
        _flash = null;
        switch (key.Key)
        {
            case ConsoleKey.UpArrow: _attendanceCursor = Math.Max(0, _attendanceCursor - 1); return;
            case ConsoleKey.DownArrow: _attendanceCursor = Math.Min(Math.Max(0, _m.Attendance.Count - 1), _attendanceCursor + 1); return;
            case ConsoleKey.Spacebar: ToggleAttendance(); return;
            case ConsoleKey.RightArrow: Move(+1); return;
            case ConsoleKey.LeftArrow: Move(-1); return;
        }
        switch (char.ToLowerInvariant(key.KeyChar))
        {
            case 'n': Move(+1); break;
            case 'p': Move(-1); break;
            case 'e':
                if (Current is null) { _flash = _t["run.noItem"]; break; }
                _noteBuffer = _f.Note(_m.Id, Current.Id); _mode = Mode.Notes; break;
            case 'd': StartDecision(); break;
            case 'a': StartAction(); break;
            case 'w': StartWalkIn(); break;
            case 'f': if (_followUp.Count > 0) _mode = Mode.FollowUp; else _flash = _t["run.noFollowUp"]; break;
            case 'm': ApprovePrevious(); break;
            case 'x': StartClose(); break;
            case 'q': _done = true; break;
        }
    }

    private void HandleNotes(ConsoleKeyInfo key)
    {
        if (key.Key == ConsoleKey.Escape) { _mode = Mode.Normal; return; }
        if (!Edit(ref _noteBuffer, key, multiline: true)) return;
        SaveNote(Current!, _noteBuffer);
    }

    private void HandleField(ConsoleKeyInfo key)
    {
        var field = _fields.Peek();
        if (key.Key == ConsoleKey.Escape)
        {
            field.Cancelled?.Invoke();
            _fields.Clear(); _mode = Mode.Normal;
            return;
        }
        if (key.Key == ConsoleKey.Enter)
        {
            field.Error = field.Commit(field.Text.Trim());
            if (field.Error is not null) return;
            _fields.Dequeue();
            if (_fields.Count == 0 && _mode == Mode.Field) _mode = Mode.Normal;
            return;
        }
        var text = field.Text;
        if (!Edit(ref text, key, multiline: false)) return;
        field.Text = text; field.Error = null;
        field.Changed?.Invoke(text);
    }

    private void HandleFollowUp(ConsoleKeyInfo key)
    {
        switch (key.Key)
        {
            case ConsoleKey.Escape: _mode = Mode.Normal; return;
            case ConsoleKey.UpArrow: _followCursor = Math.Max(0, _followCursor - 1); return;
            case ConsoleKey.DownArrow: _followCursor = Math.Min(_followUp.Count - 1, _followCursor + 1); return;
            case ConsoleKey.Spacebar:
                var a = _followUp[_followCursor];
                a.Status = a.Status == ActionStatus.Open ? ActionStatus.Done : ActionStatus.Open;
                a.DoneOn = a.Status == ActionStatus.Done ? _f.Today : null;
                _f.Actions.Update(a);
                return;
        }
    }

    private static bool Edit(ref string text, ConsoleKeyInfo key, bool multiline)
    {
        if (key.Key == ConsoleKey.Backspace)
        {
            if (text.Length == 0) return false;
            var elements = StringInfo.ParseCombiningCharacters(text);
            text = text[..elements[^1]];
            return true;
        }
        if (key.Key == ConsoleKey.Enter && multiline) { text += "\n"; return true; }
        if (char.IsControl(key.KeyChar) || key.KeyChar == '\0') return false;
        text += key.KeyChar;
        return true;
    }

    // ---- changes (each one written at once) --------------------------------------------------

    private void Save() => _m = _f.Meetings.Update(_m);

    private void ToggleAttendance()
    {
        if (_m.Attendance.Count == 0) { _flash = _t["run.noAttendees"]; return; }
        var a = _m.Attendance[_attendanceCursor];
        a.Present = !a.Present;
        if (a.Present) a.Excused = false;
        a.MarkedAt = Now;
        Save();
    }

    private void Move(int step)
    {
        var cur = Current;
        var index = cur is null ? -1 : _m.Agenda.IndexOf(cur);
        var next = index + step;
        if (next < 0 || next >= _m.Agenda.Count) { _flash = step > 0 ? _t["run.lastItem"] : _t["run.firstItem"]; return; }
        var now = Now;
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
        Save();
    }

    private void SaveNote(AgendaItem item, string text)
    {
        var id = MeetingNote.IdFor(_m.Id, item.Id);
        var note = _f.Notes.Get(id);
        if (note is null) _f.Notes.Insert(new MeetingNote { Id = id, MeetingId = _m.Id, AgendaItemId = item.Id, Text = text, UpdatedAt = Now });
        else { note.Text = text; note.UpdatedAt = Now; _f.Notes.Update(note); }
    }

    private void StartDecision()
    {
        var d = _f.Decisions.Insert(new Decision { MeetingId = _m.Id, AgendaItemId = Current?.Id, CreatedAt = Now });
        void Set(Action<Decision> change) { change(d); d = _f.Decisions.Update(d); }
        var methods = string.Join(", ", Enum.GetValues<DecisionMethod>().Select(Names.Kebab));
        _fields.Enqueue(new FieldEdit(_t["run.method"]) { Hint = methods, Commit = text =>
        {
            if (text.Length == 0) return null;
            if (!Names.TryParse<DecisionMethod>(text, out var method)) return _t["run.badMethod", methods];
            Set(x => x.Method = method);
            return null;
        }, Cancelled = () => _f.Decisions.Delete(d) });
        _fields.Enqueue(new FieldEdit(_t["run.proposal"]) { Changed = s => Set(x => x.Proposal = s) });
        _fields.Enqueue(new FieldEdit(_t["run.outcome"]) { Changed = s => Set(x => x.Outcome = s) });
        _fields.Enqueue(new FieldEdit(_t["run.objections"]) { Changed = s => Set(x => x.Objections = s) });
        _fields.Enqueue(new FieldEdit(_t["run.reviewDate"]) { Hint = "yyyy-MM-dd", Commit = text =>
        {
            if (text.Length == 0) return null;
            if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)) return _t["error.day", text];
            Set(x => x.ReviewDate = day);
            _flash = _t["run.decisionSaved"];
            return null;
        } });
        _mode = Mode.Field;
    }

    private void StartAction()
    {
        var a = _f.Actions.Insert(new ActionItem { MeetingId = _m.Id, AgendaItemId = Current?.Id, CreatedAt = Now });
        void Set(Action<ActionItem> change) { change(a); a = _f.Actions.Update(a); }
        void Drop() { if (_f.Actions.Get(a.Id) is { } stored) _f.Actions.Delete(stored); }
        _fields.Enqueue(new FieldEdit(_t["run.what"]) { Changed = s => Set(x => x.What = s), Cancelled = Drop,
            Commit = text => text.Length == 0 ? _t["run.whatNeeded"] : null });
        _fields.Enqueue(new FieldEdit(_t["run.owner"]) { Hint = _t["run.ownerHint"], Cancelled = Drop, Commit = text =>
        {
            var actor = ResolveActor(text, out var error);
            if (actor is null) return error;
            Set(x => x.OwnerActorId = actor.Id);
            return null;
        } });
        _fields.Enqueue(new FieldEdit(_t["run.due"]) { Hint = _t["run.dueHint"], Commit = text =>
        {
            if (text.Length == 0) { _flash = _t["run.actionSaved"]; return null; }
            DateOnly day;
            if (text.StartsWith('+') && int.TryParse(text[1..], out var days)) day = _f.Today.AddDays(days);
            else if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day)) return _t["error.day", text];
            Set(x => x.Due = day);
            _flash = _t["run.actionSaved"];
            return null;
        } });
        _mode = Mode.Field;
    }

    private Actor? ResolveActor(string text, out string? error)
    {
        error = null;
        if (text.Length == 0) { error = _t["run.ownerNeeded"]; return null; }
        var matches = Matching(text);
        if (matches.Count == 1) return matches[0];
        try { return _f.RequireActor(text, "owner"); }
        catch (InputException e) { error = matches.Count > 1 ? _t["run.ambiguous", string.Join(", ", matches.Take(5).Select(m => m.Id))] : e.Message; return null; }
    }

    private List<Actor> Matching(string text) =>
        text.Length == 0 ? [] : _f.ActorRecords.All().Where(a => a.Id.Contains(text, StringComparison.OrdinalIgnoreCase)
            || a.Name.Contains(text, StringComparison.OrdinalIgnoreCase)).ToList();

    private void StartWalkIn()
    {
        Attendance? entry = null;
        _fields.Enqueue(new FieldEdit(_t["run.organisation"]) { Hint = _t["run.ownerHint"], Commit = text =>
        {
            var actor = ResolveActor(text, out var error);
            if (actor is null) return error;
            entry = new Attendance { ActorId = actor.Id, Present = true };
            _m.Attendance.Add(entry);
            _attendanceCursor = _m.Attendance.Count - 1;
            Save();
            return null;
        } });
        _fields.Enqueue(new FieldEdit(_t["run.person"]) { Changed = s => { if (entry is not null) { entry.Person = s; Save(); } } });
        _mode = Mode.Field;
    }

    private void ApprovePrevious()
    {
        if (_previous is null || _previous.Status != MeetingStatus.Closed) { _flash = _t["run.nothingToApprove"]; return; }
        var prev = _f.Meetings.Get(_previous.Id)!;
        if (prev.MinutesApproved) { _flash = _t["error.alreadyApproved", prev.Id, prev.ApprovedInMeetingId ?? ""]; return; }
        MeetingLifecycle.Approve(_f, prev, _m);
        _flash = _t["approve.done", prev.Id, _m.Id];
    }

    private void StartClose()
    {
        _fields.Enqueue(new FieldEdit(_t["run.pulse"]) { Hint = _t["run.pulseHint"], Commit = text =>
        {
            if (text.Length == 0) return null;
            var digits = text.Where(char.IsDigit).Select(c => c - '0').ToList();
            if (digits.Count != 4 || digits.Any(d => d is < 1 or > 5)) return _t["run.pulseBad"];
            _m.Pulse.Add(new PulseEntry { Openness = digits[0], Balance = digits[1], Usefulness = digits[2], Trust = digits[3], By = "facilitator", At = Now });
            Save();
            return null;
        } });
        _fields.Enqueue(new FieldEdit(_t["run.confirmClose"]) { Hint = _t["run.confirmHint"], Commit = text =>
        {
            if (!text.Equals(_t["run.yes"], StringComparison.OrdinalIgnoreCase) && !text.Equals("y", StringComparison.OrdinalIgnoreCase)) return null;
            MinutesFile = MeetingLifecycle.Close(_f, _m, withNames: false);
            _m = _f.Meetings.Get(_m.Id)!;
            _done = true;
            return null;
        } });
        _mode = Mode.Field;
    }

    // ---- drawing ------------------------------------------------------------------------------

    private void Draw()
    {
        var now = Now;
        _console.Clear(true);
        var local = _f.Local(now);
        _console.Write(new Rule($"[bold]{Markup.Escape(_m.Title)}[/] · {Markup.Escape(_t[$"kind.{Names.Kebab(_m.Kind)}"])} · {local:HH:mm:ss} · {Markup.Escape(_t["run.until", _f.Local(_m.End).ToString("HH:mm", CultureInfo.InvariantCulture)])}").LeftJustified());
        var grid = new Grid().AddColumn(new GridColumn().Width(Math.Max(60, _console.Profile.Width * 55 / 100))).AddColumn();
        grid.AddRow(Left(now), Right());
        _console.Write(grid);
        _console.Write(Bottom());
    }

    private IRenderable Left(DateTimeOffset now)
    {
        var agenda = new Table().Border(TableBorder.Rounded).Expand().Title(_t["col.agenda"])
            .AddColumns("#", _t["col.title"], _t["col.minutes"], _t["col.owner"], _t["col.state"]);
        foreach (var (item, i) in _m.Agenda.Select((a, i) => (a, i)))
        {
            var isCurrent = item.Id == _m.CurrentItemId;
            var state = isCurrent ? Countdown(item, now) : item.EndedAt is not null ? $"[green]{Markup.Escape(_t["run.done"])}[/]" : "";
            var title = isCurrent ? $"[bold aqua]› {Markup.Escape(item.Title)}[/]" : Markup.Escape(item.Title);
            agenda.AddRow(new Markup($"{i + 1}"), new Markup(title), new Markup($"{item.Minutes}"), new Text(_f.ActorName(item.OwnerActorId)), new Markup(state));
        }
        var rows = new List<IRenderable> { agenda };
        if (_m.Agenda.Count == 0) rows.Add(new Markup($"[yellow]{Markup.Escape(_t["run.noAgenda"])}[/]"));
        var cur = Current;
        if (cur is not null)
        {
            var body = new List<IRenderable>();
            if (cur.Format is not null && _formats.TryGetValue(cur.Format, out var fm))
                body.Add(new Markup($"[grey]{Markup.Escape(fm.NameIn(_f.Context.Language))}: {Markup.Escape(fm.GuideIn(_f.Context.Language))}[/]"));
            var note = _mode == Mode.Notes ? _noteBuffer + "▏" : _f.Note(_m.Id, cur.Id);
            body.Add(new Text(note.Length == 0 ? _t["run.noNotes"] : note));
            rows.Add(new Panel(new Rows(body)).Header(_t["run.notesFor", cur.Title]).Expand()
                .BorderColor(_mode == Mode.Notes ? Color.Aqua : Color.Grey));
        }
        return new Rows(rows);
    }

    private string Countdown(AgendaItem item, DateTimeOffset now)
    {
        var spent = item.SpentSeconds + (item.StartedAt is { } s ? Math.Max(0, (now - s).TotalSeconds) : 0);
        var left = item.Minutes * 60 - (int)spent;
        return left >= 0
            ? $"[bold]{left / 60:00}:{left % 60:00}[/] {Markup.Escape(_t["run.left"])}"
            : $"[bold white on red] {Markup.Escape(_t["run.overrun"])} +{-left / 60:00}:{-left % 60:00} [/]";
    }

    private IRenderable Right()
    {
        var rows = new List<IRenderable>();
        var att = new Table().Border(TableBorder.Rounded).Expand()
            .Title(_t["run.attendance", _m.Attendance.Count(a => a.Present), _m.Attendance.Count]).AddColumns("", _t["col.organisation"], _t["col.person"]);
        foreach (var (a, i) in _m.Attendance.Select((a, i) => (a, i)))
        {
            var mark = a.Present ? "[green][[x]][/]" : "[[ ]]";
            var cursor = i == _attendanceCursor && _mode == Mode.Normal ? "[aqua]›[/]" : " ";
            att.AddRow(new Markup(cursor + mark), new Text(_f.ActorName(a.ActorId)), new Text(a.Person ?? ""));
        }
        rows.Add(att);
        if (_followUp.Count > 0)
        {
            var fu = new Table().Border(TableBorder.Rounded).Expand().Title(_t["run.previousActions", _previous!.Id]).AddColumns("", _t["col.action"], _t["col.owner"], _t["col.due"]);
            foreach (var (a, i) in _followUp.Select((a, i) => (a, i)))
            {
                var cursor = _mode == Mode.FollowUp && i == _followCursor ? "[aqua]›[/]" : " ";
                var overdue = a.IsOverdue(_f.Today);
                fu.AddRow(new Markup(cursor + (a.Status == ActionStatus.Done ? "[green][[x]][/]" : "[[ ]]")), new Text(a.What), new Text(_f.ActorName(a.OwnerActorId)),
                    new Markup(overdue ? $"[red]{a.Due:yyyy-MM-dd}[/]" : $"{a.Due:yyyy-MM-dd}"));
            }
            rows.Add(fu);
        }
        if (_previous is { Status: MeetingStatus.Closed, MinutesApproved: false })
            rows.Add(new Markup($"[yellow]{Markup.Escape(_t["run.approvePrompt", _previous.Id])}[/]"));
        var decided = new Table().Border(TableBorder.Rounded).Expand().Title(_t["run.recorded"]).HideHeaders().AddColumns("", "");
        foreach (var d in _f.Decisions.Find(("meetingId", _m.Id)).OrderBy(d => d.CreatedAt))
            decided.AddRow(new Text(_t["col.decision"]), new Text($"{Names.Kebab(d.Method)} · {d.Proposal} → {d.Outcome}{(string.IsNullOrEmpty(d.Objections) ? "" : " · " + d.Objections)}{(d.ReviewDate is { } r ? $" · {r:yyyy-MM-dd}" : "")}"));
        foreach (var a in _f.Actions.Find(("meetingId", _m.Id)).OrderBy(a => a.CreatedAt))
            decided.AddRow(new Text(_t["col.action"]), new Text($"{a.What} · {_f.ActorName(a.OwnerActorId)}{(a.Due is { } due ? $" · {due:yyyy-MM-dd}" : "")}"));
        rows.Add(decided);
        return new Rows(rows);
    }

    private IRenderable Bottom()
    {
        var lines = new List<IRenderable>();
        if (_mode == Mode.Field)
        {
            var field = _fields.Peek();
            var extra = "";
            if (field.Label == _t["run.owner"] || field.Label == _t["run.organisation"])
                extra = string.Join(", ", Matching(field.Text).Take(6).Select(a => $"{a.Id} ({a.Name})"));
            lines.Add(new Markup($"[bold]{Markup.Escape(field.Label)}[/]{(field.Hint is null ? "" : $" [grey]({Markup.Escape(field.Hint)})[/]")}: {Markup.Escape(field.Text)}▏"));
            if (extra.Length > 0) lines.Add(new Markup($"[grey]{Markup.Escape(extra)}[/]"));
            if (field.Error is not null) lines.Add(new Markup($"[red]{Markup.Escape(field.Error)}[/]"));
            lines.Add(new Markup($"[grey]{Markup.Escape(_t["run.fieldKeys"])}[/]"));
        }
        else if (_mode == Mode.Notes) lines.Add(new Markup($"[grey]{Markup.Escape(_t["run.notesKeys"])}[/]"));
        else if (_mode == Mode.FollowUp) lines.Add(new Markup($"[grey]{Markup.Escape(_t["run.followKeys"])}[/]"));
        else lines.Add(new Markup($"[grey]{Markup.Escape(_t["run.keys"])}[/]"));
        if (_flash is not null) lines.Add(new Markup($"[yellow]{Markup.Escape(_flash)}[/]"));
        lines.Add(new Markup($"[grey]{Markup.Escape(_t["run.saved"])}[/]"));
        return new Rows(lines);
    }
}
