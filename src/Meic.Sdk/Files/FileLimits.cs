using Meic.Sdk.Errors;

namespace Meic.Sdk.Files;

/// <summary>
/// How much a file handed to the toolkit may hold: archive entries and their sizes, XML depth, lines and
/// fields. Every importer reads through these limits (see <see cref="LimitedArchive"/>, <see cref="SafeXml"/>,
/// <see cref="LimitedText"/>), so a crafted file is refused with exit 2 before it can exhaust the machine.
/// The defaults hold any real cluster file; a workspace may change them in toolkit.json (<c>"limits"</c>),
/// within <see cref="Maxima"/>.
/// </summary>
public sealed class FileLimits
{
    /// <summary>Bytes a file may have on disk (<c>limits.maxFileBytes</c>).</summary>
    public long MaxFileBytes { get; init; } = 64L * 1024 * 1024;
    /// <summary>Entries an archive (.xlsx, .docx, .qdpx) may hold (<c>limits.maxEntries</c>).</summary>
    public int MaxEntries { get; init; } = 10_000;
    /// <summary>Bytes one archive entry may expand to (<c>limits.maxEntryBytes</c>).</summary>
    public long MaxEntryBytes { get; init; } = 64L * 1024 * 1024;
    /// <summary>Bytes all the entries of an archive may expand to together (<c>limits.maxTotalBytes</c>).</summary>
    public long MaxTotalBytes { get; init; } = 256L * 1024 * 1024;
    /// <summary>How many times larger than its compressed form an entry may be (<c>limits.maxCompressionRatio</c>).</summary>
    public int MaxCompressionRatio { get; init; } = 200;
    /// <summary>How deep XML elements may nest (<c>limits.maxXmlDepth</c>).</summary>
    public int MaxXmlDepth { get; init; } = 128;
    /// <summary>Lines a text file may have (<c>limits.maxLines</c>).</summary>
    public int MaxLines { get; init; } = 1_000_000;
    /// <summary>Characters one line may have, after unfolding where the format folds lines (<c>limits.maxLineChars</c>).</summary>
    public int MaxLineChars { get; init; } = 1024 * 1024;
    /// <summary>Characters one field, cell or XML text may have (<c>limits.maxFieldChars</c>).</summary>
    public int MaxFieldChars { get; init; } = 1024 * 1024;

    /// <summary>Entries this small are never refused for their compression ratio (an empty sheet compresses very well).</summary>
    public const long RatioFloorBytes = 1024 * 1024;

    /// <summary>The limits a workspace gets when toolkit.json says nothing.</summary>
    public static FileLimits Default { get; } = new();

    /// <summary>The highest value toolkit.json may set for each limit: past these, one file could take the machine.</summary>
    public static FileLimits Maxima { get; } = new()
    {
        MaxFileBytes = 2L * 1024 * 1024 * 1024,
        MaxEntries = 1_000_000,
        MaxEntryBytes = 1024L * 1024 * 1024,
        MaxTotalBytes = 4L * 1024 * 1024 * 1024,
        MaxCompressionRatio = 10_000,
        MaxXmlDepth = 1024,
        MaxLines = 100_000_000,
        MaxLineChars = 64 * 1024 * 1024,
        MaxFieldChars = 64 * 1024 * 1024,
    };

    private static FileLimits _current = Default;

    /// <summary>The limits in force: the workspace's, once the host has read its toolkit.json.</summary>
    public static FileLimits Current => _current;

    /// <summary>The language refusals are worded in (it, es, en).</summary>
    public static string Language { get; private set; } = "en";

    /// <summary>Called by the host when a workspace is opened: its limits and its user's language.</summary>
    public static void Use(FileLimits limits, string language)
    {
        _current = limits ?? throw new ArgumentNullException(nameof(limits));
        Language = language;
    }

    /// <summary>Refuses <paramref name="value"/> when it is longer than <see cref="MaxFieldChars"/>; <paramref name="where"/> names the file, line or field.</summary>
    /// <exception cref="InputException">The value is too long; the message quotes only its beginning.</exception>
    public void CheckField(string value, string where)
    {
        if (value.Length > MaxFieldChars)
            throw new InputException(LimitText.Get("limits.field", value.Length, MaxFieldChars, Excerpt(value)), where);
    }

    /// <summary>Refuses a line of <paramref name="chars"/> characters (after unfolding) when it is longer than <see cref="MaxLineChars"/>.</summary>
    /// <exception cref="InputException">The line is too long; the message names the file and the line.</exception>
    public void CheckLineLength(int chars, string file, int line)
    {
        if (chars > MaxLineChars) throw new InputException(LimitText.Get("limits.lineChars", line, MaxLineChars), $"{file}:{line}");
    }

    /// <summary>The beginning of <paramref name="value"/>, for an error message: never a whole 10 MB field.</summary>
    public static string Excerpt(string value, int max = 40)
    {
        if (value.Length <= max) return value;
        var cut = char.IsHighSurrogate(value[max - 1]) ? max - 1 : max;
        return value[..cut] + "…";
    }
}
