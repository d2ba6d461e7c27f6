namespace Meic.Sdk.Errors;

/// <summary>An error the host reports in one clear message, without a stack trace unless asked.</summary>
public class MeicException : Exception
{
    /// <summary>Creates the error.</summary>
    public MeicException(string message, int exitCode = 1, Exception? inner = null) : base(Shorten(message), inner) => ExitCode = exitCode;

    /// <summary>The longest message an error carries: a message quoting a 10 MB field keeps its beginning and its end.</summary>
    public const int MaxMessageChars = 2000;

    private static string Shorten(string message) =>
        message.Length <= MaxMessageChars ? message : $"{message[..(MaxMessageChars - 400)]} … {message[^300..]}";

    /// <summary>The process exit code this error ends with: 1 failure, 2 bad input or usage.</summary>
    public int ExitCode { get; }
}

/// <summary>Bad input: a malformed file, a wrong option, an unknown name. Exit code 2; nothing was changed.</summary>
public class InputException : MeicException
{
    /// <summary>Creates the error. <paramref name="where"/> names the file, line or field, when known.</summary>
    public InputException(string message, string? where = null, Exception? inner = null)
        : base(where is null ? message : $"{Files.FileLimits.Excerpt(where, 400)}: {message}", 2, inner) => Where = where;

    /// <summary>The file, line or field the error is about.</summary>
    public string? Where { get; }
}

/// <summary>A write against a stale version: someone else changed the record first. Nothing was written.</summary>
public sealed class ConflictException : MeicException
{
    /// <summary>Creates the error.</summary>
    public ConflictException(string collection, string id, long expected, long? actual)
        : base(actual is null
            ? $"conflict: {collection}/{id} was removed by someone else; nothing was written."
            : $"conflict: {collection}/{id} was changed by someone else (you had version {expected}, the store has {actual}); nothing was written. Reload and try again.", 1)
    {
        Collection = collection; Id = id; Expected = expected; Actual = actual;
    }

    /// <summary>The collection.</summary>
    public string Collection { get; }
    /// <summary>The document's id.</summary>
    public string Id { get; }
    /// <summary>The version the writer held.</summary>
    public long Expected { get; }
    /// <summary>The version the store has, or null when the document is gone.</summary>
    public long? Actual { get; }
}
