using Meic.Sdk.Errors;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace Meic.Facilitation.Console;

/// <summary>
/// A small form drawn inside the live console (a decision, an action, a yes/no answer): one text field per line, Enter
/// to the next field and on the last one Save, Ctrl+S Save, Esc discards. <see cref="Submit"/> hands every value at once
/// to the save function, which returns a problem to show or null once it stored the record: nothing half-entered is written.
/// </summary>
internal sealed class ConsoleForm : FrameView
{
    private readonly List<TextField> _fields = new();
    private readonly Label _problem;
    private readonly Func<IReadOnlyList<string>, string?> _save;

    public ConsoleForm(string title, string? text, IReadOnlyList<(string Label, string Value)> fields, Func<IReadOnlyList<string>, string?> save)
    {
        _save = save;
        Title = title;
        Said = text ?? "";
        CanFocus = true;
        var y = 0;
        if (text is { Length: > 0 })
        {
            // Lines as wrapped in a pane half the console wide, so the fields start below the text.
            var lines = Math.Min(text.Split('\n').Sum(l => Wrapped(l, 36)), 12);
            Add(new PlainTextView { X = 0, Y = 0, Width = Dim.Fill(), Height = lines, Text = text, ReadOnly = true, WordWrap = true, CanFocus = false });
            y = lines;
        }
        var width = fields.Count == 0 ? 0 : fields.Max(f => f.Label.Length) + 2;
        foreach (var (label, value) in fields)
        {
            Add(new Label { X = 0, Y = y, Text = label + ":" });
            // A long caption puts its field on the next line, so the field stays wide enough to type in at 80 columns.
            var field = width <= 20 ? new TextField { X = width, Y = y, Width = Dim.Fill(), Text = value } : new TextField { X = 2, Y = ++y, Width = Dim.Fill(), Text = value };
            _fields.Add(field);
            Add(field);
            y++;
        }
        _problem = new Label { X = 0, Y = y, Width = Dim.Fill(), Height = 4, Text = "" }; // a refusal with its hint fits a pane half the console wide
        Add(_problem);
    }

    // The lines a paragraph takes when wrapped at word boundaries in <paramref name="width"/> columns, as the text view
    // wraps it: counting characters alone undercounts, and the last line of a question then hides under the fields.
    internal static int Wrapped(string line, int width)
    {
        var lines = 1;
        var used = 0;
        foreach (var word in line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var length = word.Length;
            if (used > 0 && used + 1 + length > width) { lines++; used = 0; }
            while (length > width) { lines++; length -= width; } // a word longer than the line is cut
            used += (used > 0 ? 1 : 0) + length;
        }
        return lines;
    }

    public IReadOnlyList<TextField> Fields => _fields;

    /// <summary>What the form says above its fields (the question, the warnings).</summary>
    public string Said { get; }

    /// <summary>What the last Save refused, or empty.</summary>
    public string Problem => _problem.Text;

    /// <summary>Raised once the save function stored what was typed.</summary>
    public event Action? Saved;

    public void Start() { if (_fields.Count > 0) _fields[0].SetFocus(); else SetFocus(); }

    /// <summary>The form's keys: Enter (next field, or Save on the last), Ctrl+S; true when used.</summary>
    public bool Handle(Key key)
    {
        if (key == Key.S.WithCtrl) { Submit(); return true; }
        if (key != Key.Enter) return false;
        var at = _fields.FindIndex(f => f.HasFocus);
        if (at >= 0 && at < _fields.Count - 1) { _fields[at + 1].SetFocus(); return true; }
        Submit();
        return true;
    }

    public void Submit()
    {
        string? problem;
        // A refusal of the domain code (an unknown owner, a bad day) is shown beside the fields; nothing was written.
        try { problem = _save(_fields.Select(f => f.Text.Trim()).ToList()); }
        catch (InputException e) { problem = Commands.Shell.Reason(e); }
        catch (MeicException e) { problem = e.Message; }
        _problem.Text = problem ?? "";
        if (problem is null) Saved?.Invoke();
    }
}
