using System.Collections.ObjectModel;
using Meic.Sdk.Screens;
using Meic.Sdk.Text;
using Terminal.Gui.Configuration;
using Terminal.Gui.Drawing;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace Meic.Tui.Pages;

/// <summary>
/// A <see cref="FormScreen"/>: a caption and an editor per field (a text field; a text area for long text; a list of
/// labels that also finds by typing for a choice, with marks for several; a check box for yes/no), the hint or the
/// problem beside each field (checked as the user leaves it), the equivalent command as they type, and Save (also
/// Ctrl+S), which runs <see cref="FormScreen.Submit"/>: one transaction, nothing written when refused.
/// </summary>
internal sealed class FormPage : Page
{
    private const int CaptionWidth = 18;
    private readonly FormScreen _screen;
    private readonly Strings _t;
    private readonly Func<FormValues, FormResult> _submit;
    private readonly Action<FormResult> _saved;
    private readonly View _view;
    private readonly Dictionary<string, Func<string>> _read = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Label> _notes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, View> _editors = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _initial;
    private readonly List<ListView> _marks = new();

    public FormPage(FormScreen screen, Strings t, Func<FormValues, FormResult> submit, Action<FormResult> saved) : base(screen)
    {
        _screen = screen; _t = t; _submit = submit; _saved = saved;
        _view = new View { X = 0, Y = 0, Width = Dim.Fill(), Height = Dim.Fill(), CanFocus = true };
        var body = _body = new View { X = 0, Y = 0, Width = Dim.Fill(), Height = Dim.Fill(2), CanFocus = true, VerticalScrollBar = { Visible = true } };
        var y = 0;
        foreach (var field in screen.Fields)
        {
            var (editor, height) = Editor(field);
            editor.X = CaptionWidth + 1;
            editor.Y = y;
            var note = new Label { X = Pos.Right(editor) + 1, Y = y, Width = Dim.Fill(), Height = 1, Text = field.Hint ?? "" };
            body.Add(new Label { X = 0, Y = y, Width = CaptionWidth, Text = Fit(field.Label + (field.Required ? " *" : "") + ":", CaptionWidth) }, editor, note);
            _notes[field.Id] = note;
            _editors[field.Id] = editor;
            var id = field.Id;
            editor.HasFocusChanged += (_, e) =>
            {
                if (e.NewValue) Reveal(body, editor);
                else CheckField(id);
            };
            y += height;
        }
        body.SetContentSize(new System.Drawing.Size(80, y));
        // What the editors show at first, read back: a choice list or a set of marks reads in its own order.
        _initial = _read.ToDictionary(kv => kv.Key, kv => kv.Value(), StringComparer.Ordinal);
        Problem = new Label { X = 0, Y = Pos.AnchorEnd(2), Width = Dim.Fill(12), Height = 1, Text = "", SchemeName = SchemeManager.SchemesToSchemeName(Schemes.Error) };
        SaveButton = new Button { X = Pos.AnchorEnd(), Y = Pos.AnchorEnd(2), Text = t["ui.save"] };
        SaveButton.Accepting += (_, e) => { Save(); e.Handled = true; };
        _view.Add(body, Problem, SaveButton);
    }

    public Button SaveButton { get; }

    public override View View => _view;

    /// <summary>The form-wide problem, when Save was refused.</summary>
    public Label Problem { get; }

    /// <summary>The editor of field <paramref name="id"/>.</summary>
    public View EditorOf(string id) => _editors[id];

    /// <summary>What is shown beside field <paramref name="id"/> (its hint, or its problem).</summary>
    public string NoteOf(string id) => _notes[id].Text;

    public FormValues Values() => new(_screen, _read.ToDictionary(kv => kv.Key, kv => kv.Value(), StringComparer.Ordinal));

    public override bool Unsaved => _read.Any(kv => kv.Value() != _initial.GetValueOrDefault(kv.Key, ""));

    public override bool Typing => _editors.Values.Any(e => e.HasFocus && e is TextField or TextView);

    public override string? CommandLine => _screen.CommandFor is { } f ? f(Values()) : Screen.Command;

    public override IEnumerable<(string Key, string Label)> OwnKeys => [("^S", _t["ui.save"]), ("Tab", _t["ui.key.next"])];

    public override void Focus()
    {
        if (_editors.Values.FirstOrDefault() is { } first) first.SetFocus(); else SaveButton.SetFocus();
    }

    public override bool HandleKey(Key key)
    {
        if (key == Key.S.WithCtrl) { Save(); return true; }
        // Space on a list of marks marks or unmarks the label under the cursor, and the command under the form follows.
        if (key == Key.Space && _marks.FirstOrDefault(l => l.HasFocus) is { SelectedItem: int at } list)
        {
            list.Source!.SetMark(at, !list.Source.IsMarked(at));
            list.SetNeedsDraw();
            RaiseChanged();
            return true;
        }
        return false;
    }

    /// <summary>Checks the values and saves them; refused, the problems are shown beside their fields.</summary>
    public void Save()
    {
        var result = _submit(Values());
        if (result.Saved) { _saved(result); return; }
        foreach (var (id, note) in _notes) Show(id, result.Problems.GetValueOrDefault(id));
        var general = result.Problems.Where(p => !_notes.ContainsKey(p.Key)).Select(p => p.Value).FirstOrDefault();
        ShowProblem(general ?? _t["ui.fixFields"]);
        RaiseChanged();
    }

    private readonly View _body;

    // A short problem sits beside Save; a long one (an import refusal naming its columns) takes the lines it needs above
    // it, wrapped, so it is read whole instead of cut at the button.
    private void ShowProblem(string text)
    {
        var width = Math.Max(20, _view.Frame.Width > 0 ? _view.Frame.Width : 78);
        var lines = text.Length <= width - 12 ? 1 : Math.Min(6, (text.Length + width - 1) / width + 1);
        Problem.Text = text;
        if (lines == 1)
        {
            Problem.Y = Pos.AnchorEnd(2); Problem.Height = 1; Problem.Width = Dim.Fill(12);
            _body.Height = Dim.Fill(2);
        }
        else
        {
            Problem.Y = Pos.AnchorEnd(2 + lines); Problem.Height = lines; Problem.Width = Dim.Fill();
            _body.Height = Dim.Fill(2 + lines);
        }
    }

    // Scrolls the fields so the one with the focus is in view.
    private static void Reveal(View body, View editor)
    {
        var viewport = body.Viewport;
        // Not laid out yet (the first field takes the focus as the form opens): nothing to scroll to, and scrolling
        // "to the bottom of a list in a viewport of no height" would hide the first field, a list of actors, above the top.
        if (viewport.Height <= 0) return;
        var top = editor.Frame.Y;
        var bottom = editor.Frame.Bottom;
        if (top < viewport.Y) body.Viewport = viewport with { Y = top };
        else if (bottom > viewport.Y + viewport.Height) body.Viewport = viewport with { Y = bottom - viewport.Height };
    }

    private void CheckField(string id)
    {
        var problems = _screen.Check(Values(), _t.Language);
        Show(id, problems.GetValueOrDefault(id));
        if (problems.Count == 0) ShowProblem("");
        RaiseChanged();
    }

    private void Show(string id, string? problem)
    {
        var note = _notes[id];
        var field = _screen.Fields.First(f => f.Id == id);
        note.Text = problem ?? field.Hint ?? "";
        note.SchemeName = problem is null ? null : SchemeManager.SchemesToSchemeName(Schemes.Error);
    }

    private (View Editor, int Height) Editor(FormField field)
    {
        switch (field.Kind)
        {
            case FieldKind.LongText:
            {
                var area = new TextView { Width = 40, Height = 3, Text = field.Value, WordWrap = true };
                area.ContentsChanged += (_, _) => RaiseChanged();
                _read[field.Id] = () => area.Text;
                return (area, 3);
            }
            case FieldKind.Flag:
            {
                var box = new CheckBox { Text = "", Value = bool.TryParse(field.Value, out var on) && on ? CheckState.Checked : CheckState.UnChecked };
                box.ValueChanged += (_, _) => RaiseChanged();
                _read[field.Id] = () => box.Value == CheckState.Checked ? "true" : "false";
                return (box, 1);
            }
            case FieldKind.Choice or FieldKind.Choices:
            {
                var many = field.Kind == FieldKind.Choices;
                var list = new ListView { Width = 34, Height = Math.Clamp(field.Choices.Count, 1, 4), ShowMarks = many, MarkMultiple = many };
                list.SetSource(new ObservableCollection<string>(field.Choices.Select(c => c.Label)));
                var picked = field.Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
                for (var i = 0; i < field.Choices.Count; i++)
                    if (picked.Contains(field.Choices[i].Id))
                    {
                        if (many) list.Source!.SetMark(i, true);
                        else list.SelectedItem = i;
                    }
                if (!many && list.SelectedItem is null && field.Choices.Count > 0 && field.Required) list.SelectedItem = 0;
                // A list of marks starts with its cursor on the first label, so Space marks it at once (nothing is marked by that).
                if (many && field.Choices.Count > 0) list.SelectedItem = 0;
                if (many) _marks.Add(list);
                list.ValueChanged += (_, _) => RaiseChanged();
                list.CollectionChanged += (_, _) => RaiseChanged();
                _read[field.Id] = many
                    ? () => string.Join(",", Enumerable.Range(0, field.Choices.Count).Where(i => list.Source!.IsMarked(i)).Select(i => field.Choices[i].Id))
                    : () => list.SelectedItem is int i && i >= 0 && i < field.Choices.Count ? field.Choices[i].Id : "";
                return (list, Math.Clamp(field.Choices.Count, 1, 4));
            }
            default:
            {
                var text = new TextField { Width = 34, Text = field.Value };
                text.TextChanged += (_, _) => RaiseChanged();
                _read[field.Id] = () => text.Text;
                return (text, 1);
            }
        }
    }

    private static string Fit(string s, int width) => s.Length <= width ? s : s[..(width - 1)] + "…";
}
