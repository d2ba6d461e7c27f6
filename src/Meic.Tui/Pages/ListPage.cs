using System.Collections.ObjectModel;
using System.Globalization;
using Meic.Sdk.Screens;
using Meic.Sdk.Text;
using Terminal.Gui.App;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace Meic.Tui.Pages;

/// <summary>
/// A <see cref="ListScreen"/>: a filter field (<c>/</c> goes to it, Enter or Esc come back), the rows under a header
/// that sorts by a column (<c>s</c>, or a click on the header), and the selected row's detail beside the list on a wide
/// terminal or below it on a small one. The selection is kept by row id across filtering, sorting and actions, and in
/// <paramref name="memory"/> for the next time the screen opens. A screen's <see cref="ListScreen.Background"/> work runs
/// through <paramref name="start"/> (off the UI thread) each time the rows are read, with its progress shown until it is
/// done; leaving the page cancels it, and what it returns after that is dropped.
/// </summary>
internal sealed class ListPage : Page
{
    private const int WideFrom = 110;
    private readonly ListScreen _screen;
    private readonly Strings _t;
    private readonly IDictionary<string, string> _memory;
    private readonly string _memoryKey;
    private readonly View _view;
    private IReadOnlyList<ListRow> _all = [];
    private List<ListRow> _shown = new();
    // Per reading of the rows, what every keypress in the filter would otherwise make again for each row: the folded
    // words it matches against and the padded line it shows (2,000 rows folded and padded made a keypress slow).
    private Dictionary<ListRow, string>? _haystacks;
    private Dictionary<ListRow, string> _lines = new(ReferenceEqualityComparer.Instance);
    private string _linesFor = "";
    private int[] _widths = [];
    private string? _selectedId;
    private bool _wide;
    private bool _applying;
    private readonly IApplication? _app;
    private readonly Func<Action, Task> _start;
    private CancellationTokenSource? _work;
    private int _generation;
    private double _fraction;
    private object? _ticker;
    private string? _failure;
    private bool _disposed;

    public ListPage(ListScreen screen, Strings t, IDictionary<string, string> memory, IApplication? app = null, Func<Action, Task>? start = null) : base(screen)
    {
        _screen = screen; _t = t; _memory = memory; _app = app; _start = start ?? Task.Run;
        _memoryKey = screen.Title + "\n" + screen.Command;
        _selectedId = memory.TryGetValue(_memoryKey, out var id) ? id : null;
        _view = new View { X = 0, Y = 0, Width = Dim.Fill(), Height = Dim.Fill(), CanFocus = true };
        var caption = new Label { X = 0, Y = 0, Text = t["ui.filter"] + ":" };
        Filter = new TextField { X = Pos.Right(caption) + 1, Y = 0, Width = Dim.Fill() };
        Header = new Label { X = 0, Y = 1, Width = Dim.Fill(), Height = 1, Text = "" };
        List = new ListView { X = 0, Y = 2, Width = Dim.Fill(), Height = Dim.Fill() };
        List.KeystrokeNavigator = null!; // letters are the screen's actions, not a search
        Detail = new ReadingText { WordWrap = true, CanFocus = false, Text = "" };
        _view.Add(caption, Filter, Header, List, Detail);

        Filter.TextChanged += (_, _) => Apply();
        List.ValueChanged += (_, e) =>
        {
            if (_applying) return; // the rows being replaced, not the user moving
            if (e.NewValue is int i && i >= 0 && i < _shown.Count)
            {
                _selectedId = _shown[i].Id;
                _memory[_memoryKey] = _selectedId;
            }
            ShowDetail();
            RaiseChanged();
        };
        Header.MouseEvent += (_, m) =>
        {
            if (!m.Flags.HasFlag(MouseFlags.LeftButtonClicked) || m.Position is not { } at) return;
            SortBy(ColumnAt(at.X));
            m.Handled = true;
        };
        _view.FrameChanged += (_, _) => Arrange();
        Arrange();
        Refresh();
    }

    public TextField Filter { get; }
    public Label Header { get; }
    public ListView List { get; }
    public TextView Detail { get; }

    /// <summary>The column the rows are sorted by, or -1 for the screen's own order.</summary>
    public int SortColumn { get; private set; } = -1;

    /// <summary>The rows shown, filtered and sorted.</summary>
    public IReadOnlyList<ListRow> Shown => _shown;

    public override View View => _view;

    public override bool Typing => Filter.HasFocus;

    public override ListRow? Row => List.SelectedItem is int i && i >= 0 && i < _shown.Count ? _shown[i] : null;

    public override IEnumerable<(string Key, string Label)> OwnKeys =>
        SortKey is { } sort ? [("/", _t["ui.key.filter"]), (sort, _t["ui.key.sort"])] : [("/", _t["ui.key.filter"])];

    /// <summary>
    /// The key that sorts: <c>s</c>, or <c>o</c> when the screen does something else on <c>s</c> (an actor's stage,
    /// signing an agreement), or none when it uses both (the header still sorts with a click).
    /// </summary>
    public string? SortKey => new[] { "s", "o" }.FirstOrDefault(k => !_screen.Actions.Any(a => a.Key == k));

    public override void Focus() => List.SetFocus();

    public override bool HandleKey(Key key)
    {
        if (Filter.HasFocus)
        {
            if (key == Key.Enter || key == Key.CursorDown) { List.SetFocus(); return true; }
            return false;
        }
        if (key.AsRune.Value == '/') { Filter.SetFocus(); return true; }
        if (SortKey is { } sort && Keys.Match(sort, key)) { SortBy(_screen.Columns.Count == 0 ? -1 : (SortColumn + 2) % (_screen.Columns.Count + 1) - 1); return true; }
        return false;
    }

    public override bool HandleEscape()
    {
        if (!Filter.HasFocus) return false;
        List.SetFocus();
        return true;
    }

    public override void Refresh()
    {
        Read(_screen.Rows());
        Apply();
        StartWork();
    }

    /// <summary>Whether the screen's background work is running.</summary>
    public bool Working => _work is not null;

    /// <summary>The progress line as it reads now (“Calcolo delle metriche… 40%”), or null when no work is running.</summary>
    public string? Progress => _work is null ? null
        : _t["ui.working", _screen.Working ?? _t["ui.workingDefault"], (int)Math.Floor(Volatile.Read(ref _fraction) * 100)];

    /// <summary>Draws the progress again (the ticker does it while the work runs).</summary>
    public void ShowProgress()
    {
        if (_work is not null) ShowDetail();
    }

    private void StartWork()
    {
        if (_screen.Background is not { } background) return;
        _work?.Cancel();
        var cancel = _work = new CancellationTokenSource();
        var generation = ++_generation;
        _failure = null;
        Volatile.Write(ref _fraction, 0);
        var work = new ScreenWork(f => Volatile.Write(ref _fraction, f), cancel.Token);
        ShowDetail();
        _ticker ??= _app?.AddTimeout(TimeSpan.FromMilliseconds(150), () =>
        {
            if (_disposed || _work is null) { _ticker = null; return false; }
            ShowProgress();
            return true;
        });
        _start(() =>
        {
            IReadOnlyList<ListRow>? rows = null;
            Exception? failure = null;
            try { rows = background(work); }
            catch (OperationCanceledException) when (cancel.IsCancellationRequested) { return; }
            catch (Exception e) { failure = e; } // deliberate: a plugin's failing computation is said on its page, the shell goes on
            if (cancel.IsCancellationRequested) return;
            try
            {
                if (_app is null) Finish(generation, rows, failure);
                else _app.Invoke(() => Finish(generation, rows, failure));
            }
            catch (Exception) { } // deliberate: the application ended while the work ran; there is nothing left to draw on
        });
    }

    // On the UI thread: the rows computed, unless the user has left or the rows were read again since.
    private void Finish(int generation, IReadOnlyList<ListRow>? rows, Exception? failure)
    {
        if (_disposed || generation != _generation) return;
        _work = null;
        if (failure is not null) _failure = _t["ui.failed", failure.Message];
        if (rows is not null) { Read(rows); Apply(); }
        else ShowDetail();
        RaiseChanged();
    }

    public override void Dispose()
    {
        _disposed = true;
        _work?.Cancel();
        _work = null;
        if (_ticker is not null) _app?.RemoveTimeout(_ticker);
        base.Dispose();
    }

    /// <summary>Sorts by <paramref name="column"/> (-1: the screen's own order).</summary>
    public void SortBy(int column)
    {
        SortColumn = column < 0 || column >= _screen.Columns.Count ? -1 : column;
        Apply();
    }

    private void Arrange()
    {
        var width = _view.Frame.Width > 0 ? _view.Frame.Width : 80;
        _wide = width >= WideFrom;
        if (_screen.Detail is null)
        {
            // Nothing to show beside a row: the list takes the page, one line left for "nothing matches".
            List.Width = Dim.Fill();
            List.Height = Dim.Fill(1);
            Detail.X = 0; Detail.Y = Pos.AnchorEnd(1); Detail.Width = Dim.Fill(); Detail.Height = 1;
            Header.Width = Dim.Fill();
        }
        else if (_wide)
        {
            List.Width = Dim.Percent(60);
            List.Height = Dim.Fill();
            Detail.X = Pos.Right(List) + 1; Detail.Y = 1; Detail.Width = Dim.Fill(); Detail.Height = Dim.Fill();
            Header.Width = Dim.Percent(60);
        }
        else
        {
            List.Width = Dim.Fill();
            List.Height = Dim.Fill(6);
            Detail.X = 0; Detail.Y = Pos.AnchorEnd(5); Detail.Width = Dim.Fill(); Detail.Height = 5;
            Header.Width = Dim.Fill();
        }
        _applying = true;
        try
        {
            var selected = List.SelectedItem;
            Format();
            List.SelectedItem = selected;
        }
        finally { _applying = false; }
    }

    private void Read(IReadOnlyList<ListRow> rows)
    {
        _all = rows;
        _haystacks = null;
        _lines = new(ReferenceEqualityComparer.Instance);
    }

    // ListScreen.Matches, with each row's folded words made once per reading and the filter's once per keypress.
    private IEnumerable<ListRow> Matching(string filter)
    {
        if (string.IsNullOrWhiteSpace(filter)) return _all;
        var words = filter.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Folding.Key).ToArray();
        if (_haystacks is null)
        {
            _haystacks = new(ReferenceEqualityComparer.Instance);
            foreach (var r in _all) _haystacks[r] = Folding.Key(string.Join(" ", r.Cells) + " " + r.Keywords);
        }
        var haystacks = _haystacks;
        return _all.Where(r => words.All(w => haystacks[r].Contains(w, StringComparison.Ordinal)));
    }

    private void Apply()
    {
        IEnumerable<ListRow> rows = Matching(Filter.Text);
        if (SortColumn >= 0)
        {
            var c = SortColumn;
            rows = _screen.Columns[c].Numeric
                ? rows.OrderBy(r => Number(Cell(r, c)))
                : rows.OrderBy(r => Cell(r, c), StringComparer.Create(CultureInfo.GetCultureInfo(_t.Language), CompareOptions.IgnoreCase));
        }
        var previous = List.SelectedItem ?? 0;
        _shown = rows.ToList();
        _applying = true;
        try
        {
            Format();
            var index = _selectedId is null ? -1 : _shown.FindIndex(r => r.Id == _selectedId);
            if (index < 0 && _shown.Count > 0) index = Math.Clamp(previous, 0, _shown.Count - 1);
            List.SelectedItem = index < 0 ? null : index;
            if (index >= 0)
            {
                List.EnsureSelectedItemVisible();
                _selectedId = _shown[index].Id;
            }
        }
        finally { _applying = false; }
        ShowDetail();
        RaiseChanged();
    }

    private void Format()
    {
        var columns = _screen.Columns;
        var width = Math.Max(20, (_wide && _screen.Detail is not null ? _view.Frame.Width * 60 / 100 : _view.Frame.Width > 0 ? _view.Frame.Width : 80) - 1);
        _widths = new int[columns.Count];
        for (var c = 0; c < columns.Count; c++)
        {
            var longest = columns[c].Header.Length + 2;
            foreach (var r in _all) longest = Math.Max(longest, Cell(r, c).Length);
            _widths[c] = Math.Min(longest, 32);
        }
        // Narrow the widest of the other columns until the row fits, the first (what a row is called: a name, a
        // title) last: "Associazione Città Aperta" cut to "Associazion…" makes every row of a long list alike.
        const int least = 8;
        while (_widths.Sum() + _widths.Length - 1 > width)
        {
            var widest = -1;
            for (var c = 1; c < _widths.Length; c++)
                if (_widths[c] > least && (widest < 0 || _widths[c] > _widths[widest])) widest = c;
            if (widest < 0) widest = _widths[0] > 6 ? 0 : -1;
            if (widest < 0) break;
            _widths[widest]--;
        }
        Header.Text = Line(c => columns[c].Header + (c == SortColumn ? " ▲" : ""), c => false);
        // One new source, not a thousand Adds: the list view lays itself out again on every change to its
        // collection, which made opening a map of 1,000 actors take ten seconds.
        var widths = string.Join(",", _widths);
        if (widths != _linesFor) { _lines = new(ReferenceEqualityComparer.Instance); _linesFor = widths; }
        List.SetSource(new ObservableCollection<string>(_shown.Select(r =>
            _lines.TryGetValue(r, out var line) ? line : _lines[r] = Line(c => Cell(r, c), c => columns[c].Numeric))));
    }

    private string Line(Func<int, string> text, Func<int, bool> right)
    {
        var parts = new string[_widths.Length];
        for (var c = 0; c < _widths.Length; c++)
        {
            var s = text(c);
            if (s.Length > _widths[c]) s = s[..Math.Max(0, _widths[c] - 1)] + "…";
            parts[c] = right(c) ? s.PadLeft(_widths[c]) : s.PadRight(_widths[c]);
        }
        return string.Join(' ', parts).TrimEnd();
    }

    private int ColumnAt(int x)
    {
        var start = 0;
        for (var c = 0; c < _widths.Length; c++)
        {
            if (x < start + _widths[c] + 1) return c;
            start += _widths[c] + 1;
        }
        return _widths.Length - 1;
    }

    private void ShowDetail()
    {
        // What the work is doing comes first: in place of "nothing here" while it computes the rows, above the detail otherwise.
        var above = Progress ?? _failure;
        if (_shown.Count == 0)
        {
            Detail.Text = above ?? (_all.Count == 0 ? _screen.Empty ?? _t["ui.empty"] : _t["ui.noMatch", Filter.Text]);
            return;
        }
        var text = Row is { } row && _screen.Detail is { } detail ? detail(row) : "";
        Detail.Text = above is null ? text : text.Length == 0 ? above : above + "\n" + text;
    }

    private static string Cell(ListRow r, int c) => c < r.Cells.Count ? r.Cells[c] : "";

    private static decimal Number(string s) => Numbers.TryParse(s, out var n) ? n : decimal.MinValue;
}
