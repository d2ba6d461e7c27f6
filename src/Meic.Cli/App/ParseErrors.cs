using System.Text.RegularExpressions;
using Meic.Sdk.Text;

namespace Meic.Cli.App;

/// <summary>
/// The command-line parser's errors in the user's language and in words a user knows (no .NET type names). The parser
/// words them in English (its own translations cover some languages and some messages only); each known shape is
/// matched and said again from the host's tables; an unknown one is kept as it is.
/// </summary>
internal static partial class ParseErrors
{
    /// <summary>All of <paramref name="messages"/> as one line, without the prefix.</summary>
    public static string Line(IEnumerable<string> messages, ILocalizer t) =>
        string.Join("; ", messages.Select(m => Word(m, t).TrimEnd('.')).Distinct());

    public static string Word(string message, ILocalizer t)
    {
        message = message.Trim();
        Match m;
        if ((m = BadOptionValue().Match(message)).Success)
            return t["parse.badOptionValue", m.Groups["v"].Value, m.Groups["o"].Value, Describe(m.Groups["t"].Value, t)] + Suggested(m, t);
        if ((m = BadCommandValue().Match(message)).Success)
            return t["parse.badArgumentValue", m.Groups["v"].Value, m.Groups["c"].Value, Describe(m.Groups["t"].Value, t)] + Suggested(m, t);
        if ((m = BadValue().Match(message)).Success)
            return t["parse.badValue", m.Groups["v"].Value, Describe(m.Groups["t"].Value, t)];
        if ((m = MissingArgument().Match(message)).Success) return t["parse.missingArgument", m.Groups["a"].Value, m.Groups["c"].Value];
        if ((m = MissingOptionValue().Match(message)).Success) return t["parse.missingOptionValue", m.Groups["o"].Value];
        if ((m = TooManyValues().Match(message)).Success) return t["parse.tooManyValues", m.Groups["o"].Value, m.Groups["n"].Value];
        if ((m = RequiredOption().Match(message)).Success) return t["parse.requiredOption", m.Groups["o"].Value];
        if ((m = NotMatched().Match(message)).Success) return t["parse.unrecognized", m.Groups["v"].Value] + Suggested(m, t);
        if ((m = NotOneOf().Match(message)).Success) return t["parse.notOneOf", m.Groups["v"].Value, List(m.Groups["s"].Value)];
        if ((m = Unrecognized().Match(message)).Success) return t["parse.unrecognized", m.Groups["v"].Value];
        if (message.StartsWith("Required command was not provided", StringComparison.Ordinal)) return t["parse.noCommand"];
        if ((m = Alone().Match(message)).Success) return t["parse.alone", m.Groups["o"].Value];
        if ((m = Missing().Match(message)).Success) return t["parse.fileMissing", m.Groups["v"].Value];
        return message;
    }

    private static string Suggested(Match m, ILocalizer t) =>
        m.Groups["s"] is { Success: true, Value: var s } && List(s) is { Length: > 0 } list ? " " + t["parse.didYouMean", list] : "";

    private static string List(string suggestions) =>
        string.Join(", ", suggestions.Split(['\n', '\r', '\t', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(s => s.Trim('\'')));

    private static string Describe(string type, ILocalizer t) => type switch
    {
        _ when type.Contains("Double") || type.Contains("Decimal") || type.Contains("Single") => t["parse.type.number"],
        _ when type.Contains("Int32") || type.Contains("Int64") => t["parse.type.whole"],
        _ when type.Contains("DateOnly") || type.Contains("DateTime") => t["parse.type.date"],
        _ when type.Contains("Boolean") => t["parse.type.bool"],
        _ => t["parse.type.other"],
    };

    [GeneratedRegex(@"^Cannot parse argument '(?<v>.*)' for option '(?<o>[^']*)' as expected type '(?<t>[^']+)'\.(?:\s*Did you mean one of the following\?(?<s>.*))?$", RegexOptions.Singleline)]
    private static partial Regex BadOptionValue();

    [GeneratedRegex(@"^Cannot parse argument '(?<v>.*)' for command '(?<c>[^']*)' as expected type '(?<t>[^']+)'\.(?:\s*Did you mean one of the following\?(?<s>.*))?$", RegexOptions.Singleline)]
    private static partial Regex BadCommandValue();

    [GeneratedRegex(@"^Cannot parse argument '(?<v>.*)' as expected type '(?<t>[^']+)'\.$", RegexOptions.Singleline)]
    private static partial Regex BadValue();

    [GeneratedRegex(@"^Required argument '(?<a>[^']*)' missing for command: '(?<c>[^']*)'\.$")]
    private static partial Regex MissingArgument();

    [GeneratedRegex(@"^Required argument missing for option: '(?<o>[^']*)'\.$")]
    private static partial Regex MissingOptionValue();

    [GeneratedRegex(@"^Option '(?<o>[^']*)' expects a single argument but (?<n>\d+) were provided\.$")]
    private static partial Regex TooManyValues();

    [GeneratedRegex(@"^Option '(?<o>[^']*)' is required\.$")]
    private static partial Regex RequiredOption();

    [GeneratedRegex(@"^'(?<v>.*)' was not matched\. Did you mean one of the following\?(?<s>.*)$", RegexOptions.Singleline)]
    private static partial Regex NotMatched();

    [GeneratedRegex(@"^Argument '(?<v>.*)' not recognized\. Must be one of:(?<s>.*)$", RegexOptions.Singleline)]
    private static partial Regex NotOneOf();

    [GeneratedRegex(@"^Unrecognized command or argument '(?<v>.*)'\.$", RegexOptions.Singleline)]
    private static partial Regex Unrecognized();

    [GeneratedRegex(@"^(?<o>\S+) option cannot be combined with other arguments\.$")]
    private static partial Regex Alone();

    [GeneratedRegex(@"^(?:File|Directory|File or directory) does not exist: '(?<v>.*)'\.$")]
    private static partial Regex Missing();
}
