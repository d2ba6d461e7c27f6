using System.Collections.ObjectModel;
using System.Drawing;
using System.Globalization;
using Meic.FocusGroups.Commands;
using Meic.FocusGroups.Model;
using Meic.FocusGroups.Storage;
using Meic.Sdk.Errors;
using Meic.Sdk.Plugins;
using Meic.Sdk.Text;
using Terminal.Gui.App;
using Terminal.Gui.Drawing;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;
using Attribute = Terminal.Gui.Drawing.Attribute;
using Color = Terminal.Gui.Drawing.Color;

namespace Meic.FocusGroups.Workbench;

/// <summary>
/// Coding one transcript, as QualCoder and MAXQDA do it, in the terminal: the transcript as scrolling text with its
/// speaker turns (neighbours in view), a span selected with Shift+arrows or the mouse, a code applied from the codebook
/// tree (filterable, its definition and examples beside it), the codes drawn as marks on the text and listed on each
/// turn's heading, memos on the session, a code or a coded segment, and the coder's progress. Blind coding: the coder
/// sees only their own codes until they end the pass. Every change is one store write, made when the key is pressed.
/// </summary>
internal sealed class CodingView : View
{
    private static readonly Attribute MineMark = new(Color.Black, Color.BrightYellow);
    private static readonly Attribute OthersMark = new(Color.Black, Color.BrightCyan);
    private static readonly Attribute BothMark = new(Color.Black, Color.BrightGreen);
    /// <summary>Letters the text pane keeps for its own actions; a code with one of these keys is applied from the codebook.</summary>
    private const string Reserved = "xmnpo/";

    private readonly IMeicContext _ctx;
    private readonly FocusStore _fs;
    private readonly Strings _s;
    private readonly Transcript _transcript;
    private readonly FgSession _session;
    private readonly IReadOnlyList<Turn> _turns;
    private readonly Passes _passes;
    private readonly Func<string, bool> _confirm;
    private readonly ObservableCollection<string> _codeLines = new(), _hereLines = new();
    private List<(Model.Code Code, int Depth)> _tree = new();
    private List<(Model.Code Code, int Depth)> _shownCodes = new();
    private List<Model.Coding> _visible = new();
    private List<Model.Coding> _here = new();
    /// <summary>Codings with a memo, read with the codings: the cursor's every move lists them without a store query.</summary>
    private HashSet<string> _memoed = new();
    private Dictionary<string, Model.Code> _codes = new();
    private TranscriptLayout _layout;
    private int _layoutWidth;
    private bool[] _mine = [], _others = [];
    private (int Start, int End)? _pending;
    private int _lastTurn = -1;
    private bool _showOthers;
    private IApplication? _app;
    private bool _disposed;

    public CodingView(IMeicContext ctx, FocusStore fs, Transcript transcript, string coder, Func<string, bool> confirm)
    {
        _ctx = ctx; _fs = fs; _s = fs.S; _transcript = transcript; Coder = coder; _confirm = confirm;
        _session = fs.Session(transcript.SessionId);
        _turns = fs.TurnsOf(transcript.Id);
        _passes = new Passes(fs);
        Width = Dim.Fill(); Height = Dim.Fill(); CanFocus = true;

        Header = new Label { X = 0, Y = 0, Width = Dim.Fill(), Height = 1, Text = "" };
        TextFrame = new FrameView { X = 0, Y = 1, Width = Dim.Percent(60), Height = Dim.Fill(3), Title = transcript.Name };
        Transcript = new MarkedText { Width = Dim.Fill(), Height = Dim.Fill(), ReadOnly = true, WordWrap = false, TabKeyAddsTab = false };
        Transcript.Mark = MarkAt;
        TextFrame.Add(Transcript);
        CodebookFrame = new FrameView { X = Pos.Right(TextFrame), Y = 1, Width = Dim.Fill(), Height = Dim.Percent(50), Title = _s["coding.codebook"] };
        var caption = new Label { X = 0, Y = 0, Text = _s["coding.filter"] + ":" };
        Filter = new TextField { X = Pos.Right(caption) + 1, Y = 0, Width = Dim.Fill(), Text = "" };
        Codes = new ListView { X = 0, Y = 1, Width = Dim.Fill(), Height = Dim.Fill() };
        Codes.KeystrokeNavigator = null!; // letters are actions here; the filter above finds codes
        Codes.SetSource(_codeLines);
        CodebookFrame.Add(caption, Filter, Codes);
        // One pane below the codebook: the codes at the cursor on top (while the text or this list has the focus), the
        // highlighted code's definition under them, so both fit at 80×24.
        InfoFrame = new FrameView { X = Pos.Right(TextFrame), Y = Pos.Bottom(CodebookFrame), Width = Dim.Fill(), Height = Dim.Fill(3), Title = _s["coding.here"] };
        Here = new ListView { X = 0, Y = 0, Width = Dim.Fill(), Height = Dim.Func(_ => HereHeight) };
        Here.KeystrokeNavigator = null!;
        Here.SetSource(_hereLines);
        Definition = new MarkedText { X = 0, Y = Pos.Bottom(Here), Width = Dim.Fill(), Height = Dim.Fill(), ReadOnly = true, WordWrap = true, CanFocus = false };
        InfoFrame.Add(Here, Definition);
        Message = new Label { X = 0, Y = Pos.AnchorEnd(3), Width = Dim.Fill(), Height = 1, Text = "" };
        KeysLine = new Label { X = 0, Y = Pos.AnchorEnd(2), Width = Dim.Fill(), Height = 1, Text = "" };
        CommandLine = new Label { X = 0, Y = Pos.AnchorEnd(1), Width = Dim.Fill(), Height = 1, Text = "" };
        Add(Header, TextFrame, CodebookFrame, InfoFrame, Message, KeysLine, CommandLine);

        Filter.TextChanged += (_, _) => ShowCodes();
        Codes.ValueChanged += (_, _) => { ShowDefinition(); ShowCommand(); };
        Here.ValueChanged += (_, _) => ShowCommand();
        Transcript.UnwrappedCursorPositionChanged += (_, _) => Moved();
        Transcript.ViewportChanged += (_, _) => { if (Transcript.Viewport.Width > 0 && Transcript.Viewport.Width != _layoutWidth) Relayout(); };
        foreach (var pane in new View[] { Transcript, Filter, Codes, Here }) pane.HasFocusChanged += (_, _) => { ShowKeys(); ShowCommand(); };
        Initialized += (_, _) => { if (_app is null && App is { } app) Attach(app); };

        _passes.Saw(transcript, coder, [], Now);
        _layout = TranscriptLayout.Build(_transcript.Text, _turns, 40, HeadingOf);
        LoadCodes();
        LoadCodings();
        Relayout(40);
        Say(_turns.Count == 0 ? _s["coding.noTurns"] : _s["coding.start"]);
    }

    public string Coder { get; }
    public Label Header { get; }
    public FrameView TextFrame { get; }
    public MarkedText Transcript { get; }
    public FrameView CodebookFrame { get; }
    public TextField Filter { get; }
    public ListView Codes { get; }
    public FrameView InfoFrame { get; }
    public MarkedText Definition { get; }
    public ListView Here { get; }
    public Label Message { get; }
    public Label KeysLine { get; }
    public Label CommandLine { get; }

    /// <summary>The memo being written (over the right-hand panes), or null.</summary>
    public MemoEditor? Memo { get; private set; }

    /// <summary>The lines of the transcript pane, whole (headings with their codes, wrapped text).</summary>
    public IReadOnlyList<string> TextLines => _layout.Lines.Select(l => l.Text).ToList();

    /// <summary>The codebook rows as listed (indented by depth), after the filter.</summary>
    public IReadOnlyList<string> CodeRows => _codeLines;

    /// <summary>The codings at the cursor, as listed.</summary>
    public IReadOnlyList<string> HereRows => _hereLines;

    /// <summary>The character range that will be coded: the selection, else the turn at the cursor.</summary>
    public (int Start, int End, Turn Turn)? Segment => SegmentNow();

    private string Now => _ctx.Clock.Now.ToString("O");

    // ---- the host's side ---------------------------------------------------------------------

    public void Attach(IApplication app)
    {
        if (_app is not null) return;
        _app = app;
        app.Keyboard.KeyDown += OnAppKey;
        Transcript.SetFocus();
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

    /// <summary>Esc: discards the memo being written, then clears the filter; false when neither (the host goes back).</summary>
    public bool Escape()
    {
        if (Memo is not null) { CloseMemo(_s["coding.memoDiscarded"]); return true; }
        if (Filter.HasFocus && Filter.Text.Length > 0) { Filter.Text = ""; return true; }
        return false;
    }

    /// <summary>The view's keys; true when one was used.</summary>
    public bool Handle(Key key)
    {
        if (Memo is not null)
        {
            if (key == Key.S.WithCtrl) { SaveMemo(); return true; }
            return false;
        }
        if (key == Key.Tab || key == Key.Tab.WithShift)
        {
            // The panes in reading order; the read-only transcript would otherwise keep Tab to itself.
            View[] panes = [Transcript, Filter, Codes, Here];
            var at = Array.FindIndex(panes, p => p.HasFocus);
            panes[((at < 0 ? 0 : at) + (key.IsShift ? panes.Length - 1 : 1)) % panes.Length].SetFocus();
            return true;
        }
        if (Filter.HasFocus)
        {
            if (key == Key.Enter || key == Key.CursorDown) { Codes.SetFocus(); return true; }
            return false;
        }
        var letter = key.IsCtrl || key.IsAlt ? '\0' : char.ToLowerInvariant((char)key.AsRune.Value);
        if (key == Key.Enter)
        {
            if (Here.HasFocus) { GoTo(Here.SelectedItem is int i && i < _here.Count ? _here[i] : null); return true; }
            if (Transcript.HasFocus || Codes.HasFocus) { ApplyHighlighted(); return true; }
            return false;
        }
        if (letter == '/') { Filter.SetFocus(); return true; }
        if (letter == 'm') { StartMemo(); return true; }
        if (letter == 'p') { EndPass(); return true; }
        if (letter == 'o') { ToggleOthers(); return true; }
        if (letter == 'n' && !Codes.HasFocus) { NextUncoded(); return true; }
        if (letter == 'x' || key == Key.Delete)
        {
            if (Here.HasFocus) { RemoveCoding(Here.SelectedItem is int i && i < _here.Count ? _here[i] : null); return true; }
            if (Transcript.HasFocus) { RemoveAtCursor(); return true; }
            return false;
        }
        if (Transcript.HasFocus && letter != '\0' && !Reserved.Contains(letter) && _codes.Values.FirstOrDefault(c => c.Key is { Length: 1 } k && char.ToLowerInvariant(k[0]) == letter) is { } byKey)
        {
            Apply(byKey);
            return true;
        }
        return false;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing && !_disposed)
        {
            _disposed = true;
            if (_app is not null) _app.Keyboard.KeyDown -= OnAppKey;
        }
        base.Dispose(disposing);
    }

    // ---- what is shown -----------------------------------------------------------------------

    private void LoadCodes()
    {
        _codes = _fs.Codes.All().ToDictionary(c => c.Id);
        var list = _codes.Values.ToList();
        var ids = list.Select(c => c.Id).ToHashSet();
        IEnumerable<(Model.Code, int)> Under(string? parent, int depth) =>
            list.Where(c => parent is null ? c.ParentId is null || !ids.Contains(c.ParentId) : c.ParentId == parent)
                .OrderBy(c => Codebook.Label(c, _ctx.Language), StringComparer.CurrentCulture)
                .SelectMany(c => Under(c.Id, depth + 1).Prepend((c, depth)));
        _tree = Under(null, 0).ToList();
        ShowCodes();
    }

    private void ShowCodes()
    {
        var filter = Fold(Filter.Text ?? "");
        var highlighted = Highlighted?.Id;
        _shownCodes = filter.Length == 0 ? _tree : _tree.Where(x => Matches(x.Code, filter)).ToList();
        _codeLines.Clear();
        foreach (var (code, depth) in _shownCodes)
            _codeLines.Add(new string(' ', 2 * depth) + (code.Key is { Length: > 0 } k ? $"[{k}] " : "") + Codebook.Label(code, _ctx.Language));
        var at = _shownCodes.FindIndex(x => x.Code.Id == highlighted);
        Codes.SelectedItem = _shownCodes.Count == 0 ? null : Math.Max(0, at);
        ShowDefinition();
    }

    private static bool Matches(Model.Code c, string folded) =>
        Fold(c.Name).Contains(folded) || c.Names.Values.Any(n => Fold(n).Contains(folded)) || Fold(c.Definition ?? "").Contains(folded)
        || c.Key is { } k && Fold(k) == folded;

    /// <summary>Lower case without accents, so "lavoro" finds "Lavóro" and "informales" finds "Informales".</summary>
    private static string Fold(string text) =>
        new string(text.Normalize(System.Text.NormalizationForm.FormD).Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark).ToArray()).ToLowerInvariant().Trim();

    private Model.Code? Highlighted => Codes.SelectedItem is int i && i >= 0 && i < _shownCodes.Count ? _shownCodes[i].Code : null;

    private void ShowDefinition()
    {
        if (Highlighted is not { } c) { Definition.Text = _codes.Count == 0 ? _s["coding.noCodes"] : _s["coding.noMatch"]; return; }
        var lines = new List<string> { Codebook.Label(c, _ctx.Language) };
        void Line(string label, string? value) { if (!string.IsNullOrWhiteSpace(value)) lines.Add($"{label}: {value}"); }
        Line(_s["field.definition"], c.Definition);
        Line(_s["field.include"], c.Inclusion);
        Line(_s["field.exclude"], c.Exclusion);
        Line(_s["field.example"], c.Example);
        var memos = _fs.Memos.Find(("targetId", c.Id)).Where(m => m.TargetKind == "code").ToList();
        foreach (var m in memos) lines.Add($"{_s["coding.memo"]}: {m.Text}");
        Definition.Text = string.Join("\n", lines);
    }

    private bool SeesOthers => _showOthers && _passes.SeesOthers(_transcript.Id, Coder);

    private bool IsMine(Model.Coding c) => string.Equals(c.Coder, Coder, StringComparison.OrdinalIgnoreCase);

    private void LoadCodings()
    {
        var all = _fs.Codings.Find(("transcriptId", _transcript.Id));
        _memoed = _fs.Memos.Find(("sessionId", _session.Id)).Where(m => m.TargetKind == "segment").Select(m => m.TargetId).ToHashSet();
        _visible = all.Where(c => IsMine(c) || SeesOthers).OrderBy(c => c.Start).ThenBy(c => c.End).ToList();
        var length = _transcript.Text.Length;
        _mine = new bool[length];
        _others = new bool[length];
        foreach (var c in _visible)
        {
            var marks = IsMine(c) ? _mine : _others;
            for (var i = Math.Max(0, c.Start); i < Math.Min(length, c.End); i++) marks[i] = true;
        }
    }

    private string HeadingOf(Turn t)
    {
        var head = $"{t.Index} · {t.Speaker}" + (t.Time is { } time ? $" · {time}" : "");
        var codes = _visible.Where(c => c.TurnId == t.Id).GroupBy(c => c.CodeId)
            .Select(g => Label(g.Key) + (g.All(IsMine) ? "" : $" ({string.Join(", ", g.Where(c => !IsMine(c)).Select(c => c.Coder).Distinct())})")).ToList();
        return codes.Count == 0 ? head : $"{head}  [{string.Join(" · ", codes)}]";
    }

    private string Label(string codeId) => _codes.TryGetValue(codeId, out var c) ? Codebook.Label(c, _ctx.Language) : codeId;

    private Attribute? MarkAt(int row, int col)
    {
        if (row < 0 || row >= _layout.Lines.Count || _layout.Lines[row].Cells is not { } cells || col < 0 || col >= cells.Length) return null;
        var at = cells[col];
        if (at >= _mine.Length) return null;
        return (_mine[at], _others[at]) switch { (true, true) => BothMark, (true, false) => MineMark, (false, true) => OthersMark, _ => null };
    }

    /// <summary>Wraps the transcript again (a new width, or new codes on the headings), keeping the cursor where it was.</summary>
    private void Relayout(int? width = null)
    {
        var w = width ?? Math.Max(12, Transcript.Viewport.Width - 1);
        var keep = _layout.OffsetAt(Transcript.CurrentRow, Transcript.CurrentColumn);
        var top = Transcript.Viewport.Y;
        _layoutWidth = width is null ? Transcript.Viewport.Width : 0;
        _layout = TranscriptLayout.Build(_transcript.Text, _turns, w, HeadingOf);
        Transcript.Text = _layout.Text;
        var (row, col) = _layout.PositionOf(keep);
        Transcript.InsertionPoint = new Point(col, row);
        if (top > 0 && top <= row) Transcript.ScrollTo(new Point(0, top));
        ShowHeader();
        ShowHere();
        ShowKeys();
        ShowCommand();
    }

    private Turn? TurnAtCursor()
    {
        if (_turns.Count == 0) return null;
        var row = Math.Clamp(Transcript.CurrentRow, 0, Math.Max(0, _layout.Lines.Count - 1));
        return _layout.Lines.Count == 0 ? _turns[0] : _turns[_layout.Lines[row].Turn];
    }

    private int CursorOffset => _layout.OffsetAt(Transcript.CurrentRow, Transcript.CurrentColumn);

    private void Moved()
    {
        _pending = SelectionRange();
        if (TurnAtCursor() is { } turn && turn.Index != _lastTurn)
        {
            _lastTurn = turn.Index;
            _passes.Saw(_transcript, Coder, [turn.Index], Now);
            ShowHeader();
        }
        ShowHere();
        ShowCommand();
    }

    /// <summary>The selection in the transcript as a character range (spaces at its ends left out), or null.</summary>
    private (int Start, int End)? SelectionRange()
    {
        if (!Transcript.IsSelecting && Transcript.SelectedLength == 0) return null;
        var a = (Row: Transcript.SelectionStartRow, Col: Transcript.SelectionStartColumn);
        var b = (Row: Transcript.CurrentRow, Col: Transcript.CurrentColumn);
        if (a.Row > b.Row || a.Row == b.Row && a.Col > b.Col) (a, b) = (b, a);
        var start = _layout.OffsetAt(a.Row, a.Col);
        var end = _layout.OffsetAt(b.Row, b.Col);
        var text = _transcript.Text;
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        return end > start ? (start, end) : null;
    }

    private (int Start, int End, Turn Turn)? SegmentNow()
    {
        if (_pending is { } p)
        {
            var owner = _turns.LastOrDefault(t => t.Start <= p.Start);
            return owner is null ? null : (p.Start, p.End, owner);
        }
        return TurnAtCursor() is { } turn ? (turn.TextStart, turn.End, turn) : null;
    }

    private void ShowHeader()
    {
        var progress = _passes.ProgressOf(_transcript, Coder);
        var state = progress.EndedAt is null ? _s["coding.blind"] : SeesOthers ? _s["coding.othersShown"] : _s["coding.ended"];
        Header.Text = $"{_s["coding.coder", Coder]} · {_s["coding.progress", progress.Seen, progress.Turns, progress.Coded]} · {state}";
    }

    private void ShowHere()
    {
        var at = CursorOffset;
        var turn = TurnAtCursor();
        _here = _visible.Where(c => c.Start <= at && at < c.End || _pending is { } p && c.Start < p.End && p.Start < c.End
                                    || turn is not null && c.TurnId == turn.Id && c.Start == turn.TextStart && c.End == turn.End).ToList();
        _hereLines.Clear();
        foreach (var c in _here)
        {
            var text = _transcript.Text[c.Start..Math.Min(c.End, _transcript.Text.Length)].ReplaceLineEndings(" ");
            var who = IsMine(c) ? "" : $" ({c.Coder})";
            var memo = _memoed.Contains(c.Id) ? " ✎" : "";
            _hereLines.Add($"{Label(c.CodeId)}{who}{memo}: «{(text.Length > 40 ? text[..39] + "…" : text)}»");
        }
        if (_hereLines.Count == 0) _hereLines.Add(_s["coding.nothingHere"]);
        if (Here.SelectedItem is null || Here.SelectedItem >= _hereLines.Count) Here.SelectedItem = 0;
    }

    /// <summary>Rows of the codes-at-the-cursor list: none while a code is being chosen, else one per coding (up to four).</summary>
    private int HereHeight => Codes.HasFocus || Filter.HasFocus ? 0 : Math.Clamp(_hereLines.Count, 1, 4);

    private void ShowKeys()
    {
        InfoFrame.Title = HereHeight == 0 ? _s["coding.definition"] : _s["coding.here"];
        Here.SetNeedsLayout();
        string key;
        if (Memo is not null) key = "coding.keys.memo";
        else if (Filter.HasFocus) key = "coding.keys.filter";
        else if (Codes.HasFocus) key = "coding.keys.codes";
        else if (Here.HasFocus) key = "coding.keys.here";
        else key = "coding.keys.text";
        KeysLine.Text = _s[key];
    }

    private void ShowCommand()
    {
        CommandLine.Text = "$ " + CommandNow();
    }

    /// <summary>The `meic` command that does what the focused pane's main key does now.</summary>
    public string CommandNow()
    {
        if (Memo is not null) return Memo.Command;
        if (Here.HasFocus && Here.SelectedItem is int i && i < _here.Count) return Shell.Line("meic", "focus", "code", "remove", _here[i].Id);
        return ApplyCommand(Highlighted);
    }

    private string ApplyCommand(Model.Code? code)
    {
        // Options the command would default to are left out, so the line fits an 80-column terminal.
        var words = new List<string?> { "meic", "focus", "code", "apply", "--session", _session.Id };
        if (_fs.TranscriptsOf(_session.Id).Count > 1) words.AddRange(["--transcript", _transcript.Id]);
        if (_pending is { } p) words.AddRange(["--range", $"{p.Start}:{p.End}"]);
        else if (TurnAtCursor() is { } turn) words.AddRange(["--turn", turn.Index.ToString(CultureInfo.InvariantCulture)]);
        words.AddRange(["--code", code?.Id ?? "…"]);
        if (!string.Equals(Coder, _ctx.User, StringComparison.OrdinalIgnoreCase)) words.AddRange(["--coder", Coder]);
        return Shell.Line([.. words]);
    }

    public void Say(string text) => Message.Text = text;

    // ---- what the keys do --------------------------------------------------------------------

    private void ApplyHighlighted()
    {
        if (Highlighted is { } code) Apply(code);
        else Say(_codes.Count == 0 ? _s["coding.noCodes"] : _s["coding.noMatch"]);
    }

    /// <summary>Applies <paramref name="code"/> to the selection, or to the whole turn at the cursor when nothing is selected.</summary>
    public void Apply(Model.Code code)
    {
        if (SegmentNow() is not { } seg) { Say(_s["coding.noTurns"]); return; }
        if (seg.End > seg.Turn.End || seg.Start < seg.Turn.Start) { Say(_s["coding.oneTurn"]); return; }
        var whole = _pending is null;
        using (var tx = _fs.Store.BeginTransaction())
        {
            new Coders(_ctx, _fs).Remember(Coder);
            new CodingService(_fs).Apply(_transcript, code, Coder, (seg.Start, seg.End, seg.Turn.Id), whole ? "turn" : "range", Now);
            _passes.Saw(_transcript, Coder, [seg.Turn.Index], Now);
            tx.Commit();
        }
        Say(whole ? _s["coding.appliedTurn", Codebook.Label(code, _ctx.Language), seg.Turn.Index]
                  : _s.Plural("coding.appliedSpan", seg.End - seg.Start, Codebook.Label(code, _ctx.Language), seg.Turn.Index));
        _pending = null;
        Refresh();
    }

    private void RemoveAtCursor()
    {
        var mine = _here.Where(IsMine).ToList();
        if (mine.Count == 0) { Say(_s["coding.noneToRemove"]); return; }
        if (mine.Count == 1) { RemoveCoding(mine[0]); return; }
        Here.SetFocus();
        Here.SelectedItem = _here.IndexOf(mine[0]);
        Say(_s.Plural("coding.chooseRemove", mine.Count));
    }

    private void RemoveCoding(Model.Coding? coding)
    {
        if (coding is null) { Say(_s["coding.noneToRemove"]); return; }
        if (!IsMine(coding)) { Say(_s["coding.notYours", coding.Coder]); return; }
        if (_fs.Codings.Get(coding.Id) is { } stored) _fs.Codings.Delete(stored);
        Say(_s["coding.removed", Label(coding.CodeId)]);
        Refresh();
        if (Here.HasFocus && _here.Count == 0) Transcript.SetFocus();
    }

    private void GoTo(Model.Coding? coding)
    {
        if (coding is null) return;
        var (row, col) = _layout.PositionOf(coding.Start);
        Transcript.SetFocus();
        Transcript.InsertionPoint = new Point(col, row);
        Moved();
    }

    private void NextUncoded()
    {
        var coded = _fs.Codings.Find(("transcriptId", _transcript.Id), ("coder", Coder)).Select(c => c.TurnId).ToHashSet();
        var from = TurnAtCursor()?.Index ?? 0;
        var next = _turns.FirstOrDefault(t => t.Index > from && !coded.Contains(t.Id)) ?? _turns.FirstOrDefault(t => !coded.Contains(t.Id));
        if (next is null) { Say(_s["coding.allCoded"]); return; }
        var row = _layout.HeadingOf(_turns.ToList().IndexOf(next)) + 1;
        Transcript.SetFocus();
        Transcript.InsertionPoint = new Point(0, Math.Min(row, _layout.Lines.Count - 1));
        Transcript.ScrollTo(new Point(0, Math.Max(0, row - 1)));
        Moved();
        Say(_s["coding.atTurn", next.Index]);
    }

    private void EndPass()
    {
        var pass = _passes.Of(_transcript.Id, Coder);
        if (pass?.EndedAt is not null)
        {
            if (!_confirm(_s["coding.reopenAsk"])) { Say(_s["coding.unchanged"]); return; }
            _passes.Reopen(_transcript, Coder);
            _showOthers = false;
            Say(_s["coding.reopened"]);
        }
        else
        {
            var p = _passes.ProgressOf(_transcript, Coder);
            if (!_confirm(_s["coding.endAsk", p.Seen, p.Turns, p.Coded])) { Say(_s["coding.unchanged"]); return; }
            _passes.End(_transcript, Coder, Now);
            Say(_s["coding.passEnded"]);
        }
        Refresh();
    }

    private void ToggleOthers()
    {
        if (!_passes.SeesOthers(_transcript.Id, Coder)) { Say(_s["coding.blindFirst"]); return; }
        _showOthers = !_showOthers;
        var others = _fs.Codings.Find(("transcriptId", _transcript.Id)).Count(c => !IsMine(c));
        Say(_showOthers ? _s.Plural("coding.othersOn", others) : _s["coding.othersOff"]);
        Refresh();
    }

    private void Refresh()
    {
        LoadCodings();
        Relayout(_layoutWidth > 0 ? null : Math.Max(12, Transcript.Viewport.Width - 1));
        ShowDefinition();
    }

    // ---- memos -------------------------------------------------------------------------------

    private void StartMemo()
    {
        Model.Memo target;
        string about;
        if (Here.HasFocus && Here.SelectedItem is int i && i < _here.Count)
        {
            var c = _here[i];
            target = new Model.Memo { TargetKind = "segment", TargetId = c.Id, SessionId = _session.Id };
            about = _s["coding.memoSegment", Label(c.CodeId)];
        }
        else if (Codes.HasFocus && Highlighted is { } code)
        {
            target = new Model.Memo { TargetKind = "code", TargetId = code.Id };
            about = _s["coding.memoCode", Codebook.Label(code, _ctx.Language)];
        }
        else
        {
            target = new Model.Memo { TargetKind = "session", TargetId = _session.Id, SessionId = _session.Id };
            about = _s["coding.memoSession", _session.Topic];
        }
        var option = target.TargetKind switch { "segment" => "--coding", "code" => "--code", _ => "--session" };
        Memo = new MemoEditor(about, text => Shell.Line("meic", "focus", "memo", "add", text.Length == 0 ? "TEXT" : text, option, target.TargetId))
        {
            X = Pos.Right(TextFrame), Y = 1, Width = Dim.Fill(), Height = Dim.Fill(3),
        };
        Memo.Target = target;
        Memo.Changed += ShowCommand;
        Add(Memo);
        Memo.Start();
        ShowKeys();
        ShowCommand();
    }

    private void SaveMemo()
    {
        if (Memo is not { } editor) return;
        var text = editor.Typed.Trim();
        if (text.Length == 0) { Say(_s["coding.memoEmpty"]); return; }
        var memo = editor.Target!;
        memo.Text = text; memo.Author = Coder; memo.Date = Ui.Today(_ctx);
        _fs.Memos.Insert(memo);
        if (memo.TargetKind == "segment") _memoed.Add(memo.TargetId);
        CloseMemo(_s["coding.memoSaved"]);
        ShowHere();
        ShowDefinition();
    }

    private void CloseMemo(string said)
    {
        if (Memo is { } editor)
        {
            Remove(editor);
            editor.Dispose();
            Memo = null;
        }
        Say(said);
        Transcript.SetFocus();
        ShowKeys();
        ShowCommand();
    }
}
