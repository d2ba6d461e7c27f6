using System.Text;
using System.Text.RegularExpressions;

namespace Meic.Testing;

/// <summary>
/// Reads what `meic` printed in the pseudo-language (<c>qps</c>, every table word marked <c>⟦…⟧</c>) and finds the words
/// that came from nowhere: text outside the marks that is neither something the person typed or gave (an option, a
/// command, a path, an id, a word of their data) nor a technical name. Each is an English literal a person would have
/// read in Italian or Spanish.
/// </summary>
public static partial class PseudoText
{
    /// <summary>Names that are the same in every language: file formats, products, standards.</summary>
    public static readonly IReadOnlySet<string> Technical = new HashSet<string>(StringComparer.Ordinal)
    {
        "meic", "md", "html", "docx", "csv", "xlsx", "json", "ics", "qdc", "qdpx", "hsds", "gexf", "graphml", "dot", "png", "svg", "pdf",
        "sqlite", "litedb", "postgres", "SQLite", "PostgreSQL", "LiteDB", "JSON", "CSV", "HSDS", "REFI-QDA", "GEXF", "GraphML",
        "Graphviz", "Gephi", "Kumu", "networkx", "igraph", "iCalendar", "IANA", "UTF-8", "MEIC", "LIME", "C#", "Roslyn",
        "neato", "fdp", "sfdp", "circo", "twopi", "VCALENDAR", "VEVENT",
        // network measures, typed by these names (networkx's) in every language
        "betweenness", "closeness", "eigenvector", "constraint", "clustering", "communities", "brokerage",
    };

    /// <summary>The lines of <paramref name="output"/> holding a word outside the marks that is not allowed, each with those words.</summary>
    /// <param name="output">What was printed.</param>
    /// <param name="allowed">Words of the person's data and of what they typed.</param>
    /// <param name="commands">Command names: allowed on a line that shows a command (<c>meic …</c>), a table row, or a line listing one first.</param>
    public static IReadOnlyList<string> Unworded(string output, IReadOnlySet<string> allowed, IReadOnlySet<string>? commands = null)
    {
        var found = new List<string>();
        int[] carry = [];
        foreach (var line in output.Split('\n'))
        {
            // A table wraps a long cell over lines, each cell on its own: a mark opened in a cell runs on below it.
            // a command line shown (`$ meic map actors add …`) is typed syntax: ids, options, placeholders
            var cells = CommandShown().Replace(line, " ").Split('│');
            if (cells.Length != carry.Length) carry = new int[cells.Length];
            var outside = string.Join(" │ ", cells.Select((cell, i) => Outside(Syntax(cell), ref carry[i])));
            var loose = Split(outside).ToList();
            var showsCommand = commands is not null && (line.Contains("meic ", StringComparison.Ordinal) || cells.Length > 1
                || (loose.Count > 0 && line.TrimStart().StartsWith(loose[0], StringComparison.Ordinal) && commands.Contains(loose[0])));
            var words = loose.Where(w => !Allowed(w, allowed) && !(showsCommand && commands!.Contains(w))).ToList();
            if (words.Count > 0) found.Add($"{line.Trim()}    ← {string.Join(", ", words.Distinct())}");
        }
        return found;
    }

    /// <summary>Every word of <paramref name="text"/> (for a set of allowed data words): split as <see cref="Unworded"/> splits.</summary>
    public static IEnumerable<string> Words(string text) => Split(text);

    // Help's own syntax: <DIR>, <csv|dot>, "[⟦default⟧: manual]" (an id the person types); a JSON key.
    private static string Syntax(string text) => JsonKey().Replace(HelpSyntax().Replace(text, " "), " ");

    // The text outside the marks, marks nested or not; a marked span becomes a space so words either side stay apart.
    private static string Outside(string text, ref int depth)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c == '⟦') { depth++; sb.Append(' '); }
            else if (c == '⟧') { if (depth > 0) depth--; sb.Append(' '); }
            else if (depth == 0) sb.Append(c);
        }
        return sb.ToString();
    }

    private static IEnumerable<string> Split(string text) =>
        WordPattern().Matches(text).Select(m => m.Value.Trim('.', '_', '\'', '’', '[', ']').TrimEnd('-')).Where(w => w.Any(char.IsLetter));

    private static bool Allowed(string word, IReadOnlySet<string> allowed) =>
        Technical.Contains(word) || allowed.Contains(word)
        || word.StartsWith('-') // an option
        || word.Contains('/') || word.Contains('\\') || word.Contains('@') // a path, an email
        || FileName().IsMatch(word)
        || word.Any(char.IsDigit) // an id or a code: fg1, 2027-Q4, P3
        || word.Length == 1 // the last letter of a word a table's column cut
        || word.Contains("[*]", StringComparison.Ordinal) || word.Contains("[]", StringComparison.Ordinal) // a field's path
        || LongId().IsMatch(word) // an id made from a name: asinitas-italian-language-school
        || Code().IsMatch(word) // a placeholder or a code: NAME, MEIC.ACTORS.MAPPED
        || DottedId().IsMatch(word) // a plugin's id: meic.mapping
        || EnvironmentName().IsMatch(word);

    [GeneratedRegex(@"-{0,2}[\p{L}\p{N}#][\p{L}\p{N}\-_./@\\#’'\[\]*]*")]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"\bmeic [^│`]*")]
    private static partial Regex CommandShown();

    [GeneratedRegex(@"<[^<>\s]+>|\[⟦[^⟧]*⟧: [^\]]*\]")]
    private static partial Regex HelpSyntax();

    [GeneratedRegex(@"""[A-Za-z][\w-]*""\s*:")]
    private static partial Regex JsonKey();

    [GeneratedRegex(@"^[\w.-]+\.[A-Za-z]{2,5}$")]
    private static partial Regex FileName();

    [GeneratedRegex(@"^[a-z0-9]+(-[a-z0-9]+){2,}$")]
    private static partial Regex LongId();

    [GeneratedRegex(@"^[A-Z][A-Z0-9_.]*[A-Z0-9]$")]
    private static partial Regex Code();

    [GeneratedRegex(@"^[a-z]+(\.[a-z]+)+$")]
    private static partial Regex DottedId();

    [GeneratedRegex(@"^[A-Z][A-Z0-9]*_[A-Z0-9_]+$")]
    private static partial Regex EnvironmentName();
}
