using Meic.Sdk.Screens;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;

namespace Meic.Tui.Pages;

/// <summary>
/// A screen description turned into views: the shell places <see cref="View"/> in its content area and asks the page
/// which keys work, what the focused thing's command is, and whether leaving would lose something.
/// </summary>
internal abstract class Page(ScreenView screen) : IDisposable
{
    /// <summary>What the page shows.</summary>
    public ScreenView Screen { get; } = screen;

    /// <summary>The page's views.</summary>
    public abstract View View { get; }

    /// <summary>Raised when the keys, the command line or the unsaved state may have changed.</summary>
    public event Action? Changed;

    protected void RaiseChanged() => Changed?.Invoke();

    /// <summary>Whether leaving now would lose what the user typed.</summary>
    public virtual bool Unsaved => false;

    /// <summary>Whether a text editor has the focus: letters and <c>?</c> go to it, not to the actions.</summary>
    public virtual bool Typing => false;

    /// <summary>The selected row, for actions on a list.</summary>
    public virtual ListRow? Row => null;

    /// <summary>The command shown under the content: the equivalent of what is on screen.</summary>
    public virtual string? CommandLine => Screen.Command;

    /// <summary>The page's own keys beyond the shell's and the actions (for the status bar and the help): key, label.</summary>
    public virtual IEnumerable<(string Key, string Label)> OwnKeys => [];

    /// <summary>Handles a key before the shell does; true when it did.</summary>
    public virtual bool HandleKey(Key key) => false;

    /// <summary>Handles Esc before the shell goes back (for example to leave the filter field); true when it did.</summary>
    public virtual bool HandleEscape() => false;

    /// <summary>Reads the screen again (after an action, or on coming back to it).</summary>
    public virtual void Refresh() { }

    /// <summary>Puts the focus where the user starts.</summary>
    public virtual void Focus() => View.SetFocus();

    public virtual void Dispose() => View.Dispose();
}
