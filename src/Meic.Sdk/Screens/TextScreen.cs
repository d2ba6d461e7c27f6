namespace Meic.Sdk.Screens;

/// <summary>A long text that scrolls (a report, a matrix, a summary), read again after every action.</summary>
public sealed class TextScreen : ScreenView
{
    /// <summary>Reads the text, in the user's language; lines are kept as written (monospaced).</summary>
    public required Func<string> Text { get; init; }
}
