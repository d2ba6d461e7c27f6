using System.Text.RegularExpressions;

namespace Meic.Agreements.Library;

/// <summary>A <c>{{name}}</c> or <c>{{ref:clause}}</c> marker found in a line of template text.</summary>
public sealed record Placeholder(string Name, bool IsReference, int Column);

/// <summary>Finds markers in template text and reports unbalanced or malformed ones.</summary>
public static partial class Placeholders
{
    /// <summary>Variables that expand to whole lines (a list of parties, of commitments): they must stand alone on their line.</summary>
    public static readonly IReadOnlySet<string> BlockNames = new HashSet<string> { "parties_block", "commitments_block" };

    /// <summary>Variables the toolkit fills in itself from the cluster and the agreement.</summary>
    public static readonly IReadOnlySet<string> BuiltIn = new HashSet<string>
    {
        "city", "cluster_name", "promoter", "today", "starts_on", "expires_on", "parties_count", "parties_block", "commitments_block",
    };

    [GeneratedRegex("^[a-z][a-z0-9_]*$")] private static partial Regex VariableName();
    [GeneratedRegex("^[a-z0-9][a-z0-9_-]*$")] private static partial Regex ClauseId();

    public static bool IsVariableName(string name) => VariableName().IsMatch(name);
    public static bool IsClauseId(string id) => ClauseId().IsMatch(id);

    /// <summary><c>{{name}}</c>: a marker as the file writes it, for messages (the string tables then need no braces of their own).</summary>
    public static string Marker(string inner) => "{{" + inner + "}}";

    /// <summary>
    /// The markers in <paramref name="line"/>; and, when a marker is unbalanced or malformed, the problem as a key of the
    /// plugin's string tables with what is formatted into it (see <see cref="TemplateProblem"/>).
    /// </summary>
    public static (List<Placeholder> Found, (string Key, object?[] Args)? Error) Scan(string line)
    {
        var found = new List<Placeholder>();
        var i = 0;
        while (i < line.Length)
        {
            var open = line.IndexOf("{{", i, StringComparison.Ordinal);
            var close = line.IndexOf("}}", i, StringComparison.Ordinal);
            if (open < 0 && close < 0) break;
            if (open < 0 || (close >= 0 && close < open))
                return (found, ("problem.strayClose", [close + 1, "}}", "{{"]));
            var end = line.IndexOf("}}", open + 2, StringComparison.Ordinal);
            var nextOpen = line.IndexOf("{{", open + 2, StringComparison.Ordinal);
            if (end < 0 || (nextOpen >= 0 && nextOpen < end))
                return (found, ("problem.unclosedOpen", [open + 1, "{{", "}}"]));
            var inner = line[(open + 2)..end].Trim();
            if (inner.StartsWith("ref:", StringComparison.Ordinal))
            {
                var id = inner[4..].Trim();
                if (!IsClauseId(id)) return (found, ("problem.badReference", [Marker(inner), open + 1, Marker("ref:clause-id")]));
                found.Add(new Placeholder(id, true, open + 1));
            }
            else
            {
                if (!IsVariableName(inner)) return (found, ("problem.badVariable", [Marker(inner), open + 1]));
                if (BlockNames.Contains(inner) && line.Trim() != "{{" + inner + "}}" && line.Trim() != $"{{{{{inner}}}}}")
                    return (found, ("problem.blockAlone", [Marker(inner)]));
                found.Add(new Placeholder(inner, false, open + 1));
            }
            i = end + 2;
        }
        return (found, null);
    }

    /// <summary>Replaces every marker in <paramref name="line"/> through <paramref name="resolve"/>.</summary>
    public static string Replace(string line, Func<Placeholder, string> resolve)
    {
        var sb = new System.Text.StringBuilder();
        var i = 0;
        while (true)
        {
            var open = line.IndexOf("{{", i, StringComparison.Ordinal);
            if (open < 0) { sb.Append(line, i, line.Length - i); break; }
            var end = line.IndexOf("}}", open + 2, StringComparison.Ordinal);
            if (end < 0) { sb.Append(line, i, line.Length - i); break; }
            sb.Append(line, i, open - i);
            var inner = line[(open + 2)..end].Trim();
            sb.Append(inner.StartsWith("ref:", StringComparison.Ordinal)
                ? resolve(new Placeholder(inner[4..].Trim(), true, open + 1))
                : resolve(new Placeholder(inner, false, open + 1)));
            i = end + 2;
        }
        return sb.ToString();
    }
}
