namespace Meic.Sdk.Screens;

/// <summary>
/// What a screen shows, described rather than drawn: the shell turns a description into Terminal.Gui views and gives it
/// the same keys, help overlay, filtering, validation display and confirmations everywhere, so a plugin states what to
/// show in a few lines and every screen behaves alike. The kinds are <see cref="ListScreen"/> (a filtered, sortable,
/// scrollable table with a detail pane), <see cref="FormScreen"/> (fields, pickers, validation, an explicit Save),
/// <see cref="TextScreen"/> (a long text that scrolls) and <see cref="TerminalScreen"/> (a raw view a plugin draws itself).
/// </summary>
public abstract class ScreenView
{
    /// <summary>The title, in the user's language.</summary>
    public required string Title { get; init; }

    /// <summary>
    /// The <c>meic</c> command that shows the same thing (for example <c>meic map actors list</c>). The shell shows it,
    /// so the terminal teaches the command line.
    /// </summary>
    public string? Command { get; init; }

    /// <summary>A sentence or two of help for the help overlay, in the user's language.</summary>
    public string? Help { get; init; }

    /// <summary>What the user can do here, each on a key and with its command-line equivalent.</summary>
    public IReadOnlyList<ScreenAction> Actions { get; init; } = [];
}
