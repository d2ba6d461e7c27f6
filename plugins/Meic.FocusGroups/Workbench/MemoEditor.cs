using Meic.FocusGroups.Model;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace Meic.FocusGroups.Workbench;

/// <summary>
/// A memo being written over the coding view's right-hand panes: what it is about, a multi-line editor, Ctrl+S to save,
/// Esc to throw it away. Nothing is stored until it is saved.
/// </summary>
internal sealed class MemoEditor : FrameView
{
    private readonly TextView _editor;
    private readonly Func<string, string> _command;

    public MemoEditor(string about, Func<string, string> command)
    {
        _command = command;
        Title = about;
        CanFocus = true;
        _editor = new TextView { X = 0, Y = 0, Width = Dim.Fill(), Height = Dim.Fill(), WordWrap = true, TabKeyAddsTab = false };
        _editor.ContentsChanged += (_, _) => Changed?.Invoke();
        Add(_editor);
    }

    /// <summary>What the memo will be attached to once saved.</summary>
    public Memo? Target { get; set; }

    public string Typed => _editor.Text ?? "";

    /// <summary>The command that adds this memo as typed so far.</summary>
    public string Command => _command(Typed.Trim().ReplaceLineEndings(" "));

    public event Action? Changed;

    public void Start() => _editor.SetFocus();
}
