using Terminal.Gui.Input;
using Terminal.Gui.Views;

namespace Meic.Tui;

/// <summary>
/// A status bar item that shows a key and does its action on a click, without binding the key: the shell decides what
/// every key does (Tab still moves between fields, <c>/</c> and <c>s</c> still type in the filter field).
/// </summary>
internal sealed class KeyHint : Shortcut
{
    private readonly string? _shown;

    /// <param name="shown">The key's name as the person's keyboard prints it (<see cref="KeyWords"/>), shown instead of Terminal.Gui's English one.</param>
    public KeyHint(Key key, string label, Action action, string? shown = null) : base(key, label, action) { _shown = shown; }

    public override void EndInit()
    {
        base.EndInit();
        HotKeyBindings.Remove(Key);
        if (_shown is not null) KeyView.Text = _shown;
    }
}
