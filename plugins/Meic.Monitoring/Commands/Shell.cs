namespace Meic.Monitoring.Commands;

/// <summary>Writes a command line as a user would type it: words with spaces or quotes in single quotes.</summary>
internal static class Shell
{
    public static string Quote(string word) =>
        word.Length > 0 && word.All(c => char.IsLetterOrDigit(c) || c is '.' or ',' or '-' or '_' or '/' or '=' or ':' or '@' or '+')
            ? word : "'" + word.Replace("'", "'\\''") + "'";

    public static string Line(params string?[] words) => string.Join(" ", words.Where(w => w is not null).Select(w => Quote(w!)));

    /// <summary>The refusal without the option it names in front ("--color: …"), for a form that shows it beside its field.</summary>
    public static string Reason(Meic.Sdk.Errors.InputException e) =>
        e.Where is { } w && e.Message.StartsWith(w + ": ", StringComparison.Ordinal) ? e.Message[(w.Length + 2)..] : e.Message;
}
