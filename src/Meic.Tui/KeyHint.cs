using Terminal.Gui.Input;
using Terminal.Gui.Views;

namespace Meic.Tui;

/// <summary>
/// A status bar item that shows a key and does its action on a click, without binding the key: the shell decides what
/// every key does (Tab still moves between fields, <c>/</c> and <c>s</c> still type in the filter field).
/// </summary>
internal sealed class KeyHint : Shortcut
{
    public KeyHint(Key key, string label, Action action) : base(key, label, action) { }

    public override void EndInit()
    {
        base.EndInit();
        HotKeyBindings.Remove(Key);
    }
}
