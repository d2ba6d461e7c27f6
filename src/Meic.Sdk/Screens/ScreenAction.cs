namespace Meic.Sdk.Screens;

/// <summary>
/// Something the user can do on a screen: a key, a label, what it runs and the <c>meic</c> command that does the same.
/// The shell lists it in the status bar and the help overlay, runs it on its key, asks <see cref="Confirm"/> first when
/// given, shows an error in a dialog without leaving the application, and reads the screen again afterwards.
/// </summary>
public sealed class ScreenAction
{
    /// <summary>The key: one letter or digit (<c>a</c>), or <c>Enter</c>, <c>Delete</c>, <c>F2</c>…<c>F9</c>.</summary>
    public required string Key { get; init; }

    /// <summary>What it does, in the user's language (one or two words).</summary>
    public required string Label { get; init; }

    /// <summary>Runs it; the row is the selected one on a list (null elsewhere, or when the list is empty).</summary>
    public required Action<IScreenContext, ListRow?> Run { get; init; }

    /// <summary>The equivalent command for the selected row (for example <c>meic map actors stage caritas --to attivo</c>).</summary>
    public Func<ListRow?, string>? Command { get; init; }

    /// <summary>A question to confirm first (for example before a deletion), or null to run at once.</summary>
    public Func<ListRow, string>? Confirm { get; init; }

    /// <summary>Whether it needs a selected row (it is then not offered on an empty list).</summary>
    public bool NeedsRow { get; init; }

    /// <summary>An action that opens <paramref name="open"/>'s view (a form, a detail list) on top of this screen.</summary>
    public static ScreenAction Opens(string key, string label, Func<ListRow?, ScreenView?> open, Func<ListRow?, string>? command = null, bool needsRow = false) =>
        new()
        {
            Key = key, Label = label, Command = command, NeedsRow = needsRow,
            Run = (screen, row) => { if (open(row) is { } view) screen.Open(view); },
        };
}
