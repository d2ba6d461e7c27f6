using Meic.Sdk.Errors;
using Meic.Sdk.Text;

namespace Meic.Core.Hosting;

/// <summary>
/// An error worded from the host's string tables by key. Code that does not know the user's language (a store being
/// opened, a file reader) throws one: its <see cref="Exception.Message"/> is the English text (logs, tests), and the
/// host says it in the user's language when it reports it (<see cref="Worded.Say"/>).
/// </summary>
public interface IWordedError
{
    /// <summary>The host string's key.</summary>
    string Key { get; }
    /// <summary>The string's arguments.</summary>
    object?[] Args { get; }
    /// <summary>The file, line or field the error is about, when known.</summary>
    string? Where { get; }
}

/// <summary>Bad input (exit 2) worded from the host's tables.</summary>
public sealed class WordedInputException : InputException, IWordedError
{
    /// <summary>Creates the error.</summary>
    public WordedInputException(string key, object?[] args, string? where = null, Exception? inner = null)
        : base(Worded.Text(HostStrings.English, key, args), where, inner) { Key = key; Args = args; }

    /// <inheritdoc />
    public string Key { get; }
    /// <inheritdoc />
    public object?[] Args { get; }
}

/// <summary>A failure (exit 1 unless said) worded from the host's tables.</summary>
public sealed class WordedException : MeicException, IWordedError
{
    /// <summary>Creates the error.</summary>
    public WordedException(string key, object?[] args, int exitCode = 1, Exception? inner = null)
        : base(Worded.Text(HostStrings.English, key, args), exitCode, inner) { Key = key; Args = args; }

    /// <inheritdoc />
    public string Key { get; }
    /// <inheritdoc />
    public object?[] Args { get; }
    /// <inheritdoc />
    public string? Where => null;
}

/// <summary>A piece of a worded message that is itself worded (a reason inside a refusal).</summary>
public sealed record Words(string Key, params object?[] Args);

/// <summary>Builds worded errors, and says any error in the user's language.</summary>
public static class Worded
{
    /// <summary>Bad input, exit 2: <c>where: text</c>.</summary>
    public static InputException Input(string key, string? where = null, params object?[] args) => new WordedInputException(key, args, where);

    /// <summary>Bad input, exit 2, caused by <paramref name="inner"/>.</summary>
    public static InputException Input(Exception inner, string key, string? where = null, params object?[] args) => new WordedInputException(key, args, where, inner);

    /// <summary>A failure, exit 1.</summary>
    public static MeicException Failure(string key, params object?[] args) => new WordedException(key, args);

    /// <summary>A failure, exit 1, caused by <paramref name="inner"/>.</summary>
    public static MeicException Failure(Exception inner, string key, params object?[] args) => new WordedException(key, args, 1, inner);

    /// <summary>The text of <paramref name="key"/> in <paramref name="strings"/>, its <see cref="Words"/> arguments worded too.</summary>
    public static string Text(ILocalizer strings, string key, object?[] args) =>
        strings[key, args.Select(a => a is Words w ? Text(strings, w.Key, w.Args) : a).ToArray()];

    /// <summary>
    /// <paramref name="e"/> as a piece of a longer message: its <see cref="Words"/> (with where it happened) when it is
    /// worded, so the longer message is said in one language; else its message as thrown.
    /// </summary>
    public static object Part(Exception e) => e is IWordedError w
        ? w.Where is null ? new Words(w.Key, w.Args) : new Words("error.at", Meic.Sdk.Files.FileLimits.Excerpt(w.Where, 400), new Words(w.Key, w.Args))
        : e.Message;

    /// <summary>
    /// The message of <paramref name="e"/> in <paramref name="strings"/>' language: a worded error from its key, a conflict
    /// from its fields, any other error as it was thrown (plugins word their own).
    /// </summary>
    public static string Say(Exception e, ILocalizer strings) => e switch
    {
        IWordedError w => (w.Where is null ? "" : $"{Meic.Sdk.Files.FileLimits.Excerpt(w.Where, 400)}: ") + Text(strings, w.Key, w.Args),
        ConflictException { Actual: null } c => strings["error.conflict.removed", $"{c.Collection}/{c.Id}"],
        ConflictException c => strings["error.conflict.changed", $"{c.Collection}/{c.Id}", c.Expected, c.Actual],
        _ => e.Message,
    };
}
