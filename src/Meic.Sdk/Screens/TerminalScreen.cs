namespace Meic.Sdk.Screens;

/// <summary>
/// A screen that draws itself (the live meeting console): <see cref="CreateView"/> returns a Terminal.Gui
/// <c>View</c>, which the shell places in its content area under its own menu and status bar. Terminal.Gui is shared
/// with the host, so a plugin references it without shipping a copy. Esc still goes back unless the view handles it.
/// </summary>
public sealed class TerminalScreen : ScreenView
{
    /// <summary>Makes the view; the returned object must be a <c>Terminal.Gui.ViewBase.View</c>.</summary>
    public required Func<IScreenContext, object> CreateView { get; init; }

    /// <summary>Whether leaving now would lose something; the shell then asks before going back or quitting.</summary>
    public Func<bool>? Unsaved { get; init; }

    /// <summary>Handles Esc before the shell goes back (for example to discard a form drawn inside the view); true when it did.</summary>
    public Func<bool>? Escape { get; init; }
}
