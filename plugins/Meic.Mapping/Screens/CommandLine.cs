namespace Meic.Mapping.Screens;

/// <summary>A <c>meic …</c> command as a user would type it, built word by word; values quoted only when they need it.</summary>
internal sealed class CommandLine
{
    private readonly List<string> _words = ["meic"];

    public CommandLine(params string[] words) => _words.AddRange(words);

    /// <summary>An argument (a name, an id), quoted when needed.</summary>
    public CommandLine Arg(string value) { _words.Add(Quote(value.Trim())); return this; }

    /// <summary>An option with its value; left out when the value is empty.</summary>
    public CommandLine Opt(string name, string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return this;
        _words.Add(name);
        _words.Add(Quote(value.Trim()));
        return this;
    }

    /// <summary>An option without a value, when <paramref name="on"/>.</summary>
    public CommandLine Flag(string name, bool on = true) { if (on) _words.Add(name); return this; }

    public override string ToString() => string.Join(" ", _words);

    public static implicit operator string(CommandLine line) => line.ToString();

    /// <summary>The word as a POSIX shell reads it: bare when plain, else in double quotes with <c>" \ $ `</c> escaped.</summary>
    public static string Quote(string value) =>
        value.Length > 0 && value[0] != '-' && value.All(c => char.IsLetterOrDigit(c) || "-_.,/:@+=%".Contains(c))
            ? value
            : "\"" + value.Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("$", "\\$").Replace("`", "\\`") + "\"";
}
