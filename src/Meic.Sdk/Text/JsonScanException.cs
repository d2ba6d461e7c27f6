namespace Meic.Sdk.Text;

/// <summary>
/// Text that <see cref="JsonScanner"/> cannot read, or a value of the wrong kind for its reader,
/// with the 1-based line and position where it goes wrong. A <see cref="FormatException"/>, as
/// other malformed-text errors are.
/// </summary>
internal sealed class JsonScanException(string reason, int line, int position)
    : FormatException($"{reason} (line {line}, position {position})")
{
    /// <summary>What is wrong, without where.</summary>
    public string Reason { get; } = reason;
    /// <summary>The 1-based line.</summary>
    public int Line { get; } = line;
    /// <summary>The 1-based position in the line, in characters.</summary>
    public int Position { get; } = position;
}
