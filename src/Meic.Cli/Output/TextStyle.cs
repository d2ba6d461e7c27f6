namespace Meic.Cli.Output;

/// <summary>Bold and dim for people at a terminal; plain text for pipes, files, <c>NO_COLOR</c> and dumb terminals.</summary>
internal sealed class TextStyle
{
    private TextStyle(bool ansi) => Ansi = ansi;

    /// <summary>Plain text.</summary>
    public static TextStyle Plain { get; } = new(false);

    /// <summary>Styled when <paramref name="terminal"/> and the environment allow it (https://no-color.org).</summary>
    public static TextStyle For(bool terminal) =>
        terminal && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR")) && Environment.GetEnvironmentVariable("TERM") != "dumb"
            ? new TextStyle(true) : Plain;

    /// <summary>Whether escape sequences are written.</summary>
    public bool Ansi { get; }

    public string Bold(string text) => Ansi ? $"\u001b[1m{text}\u001b[22m" : text;
}
