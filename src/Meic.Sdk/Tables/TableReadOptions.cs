namespace Meic.Sdk.Tables;

/// <summary>How <see cref="TableReader"/> reads a file. The defaults suit every import in the toolkit.</summary>
public sealed class TableReadOptions
{
    /// <summary>The separator of a CSV file; null detects ',', ';' or tab from the header row.</summary>
    public char? Delimiter { get; init; }

    /// <summary>The longest cell accepted, in characters; a longer one is refused with its line (a 10 MB value is a broken file, not data).</summary>
    public int MaxCellLength { get; init; } = 100_000;

    /// <summary>The largest file accepted, in bytes.</summary>
    public long MaxFileBytes { get; init; } = 256L * 1024 * 1024;
}
