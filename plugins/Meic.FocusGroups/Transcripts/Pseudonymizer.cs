using System.Text;
using System.Text.RegularExpressions;

namespace Meic.FocusGroups.Transcripts;

/// <summary>Replaces people's names by their pseudonyms and listed names and places by a placeholder, as whole words, ignoring case.</summary>
public sealed class Pseudonymizer
{
    public const string Redacted = "[…]";
    private readonly Regex? _regex;
    private readonly Dictionary<string, string> _replacements = new(StringComparer.OrdinalIgnoreCase);

    public Pseudonymizer(IEnumerable<(string Name, string Pseudonym)> people, IEnumerable<string> redactions)
    {
        foreach (var (name, pseudonym) in people) if (!string.IsNullOrWhiteSpace(name)) _replacements[name.Trim()] = pseudonym;
        foreach (var r in redactions) if (!string.IsNullOrWhiteSpace(r)) _replacements.TryAdd(r.Trim(), Redacted);
        if (_replacements.Count == 0) return;
        var alternatives = _replacements.Keys.OrderByDescending(k => k.Length).Select(Regex.Escape);
        _regex = new Regex(@"(?<![\p{L}\p{N}])(?:" + string.Join("|", alternatives) + @")(?![\p{L}\p{N}])",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    }

    public string Apply(string text) =>
        _regex is null ? text : _regex.Replace(text, m => _replacements[m.Value]);
}

/// <summary>Builds the pseudonymised text and its turns from the original text and the parsed turns, keeping offsets exact.</summary>
public static class PseudonymisedText
{
    public sealed record Result(string Text, IReadOnlyList<(ParsedTurn Source, int Start, int TextStart, int End, string Content)> Turns);

    /// <param name="pseudonymOf">The pseudonym of each speaker name as written; turns whose speaker maps to null are dropped (withdrawn consent).</param>
    public static Result Build(string original, IReadOnlyList<ParsedTurn> turns, Func<string, string?> pseudonymOf, Pseudonymizer redact)
    {
        var sb = new StringBuilder();
        var result = new List<(ParsedTurn, int, int, int, string)>();
        var header = turns.Count == 0 ? original : original[..turns[0].Start];
        sb.Append(redact.Apply(header));
        for (var i = 0; i < turns.Count; i++)
        {
            var t = turns[i];
            var nextStart = i + 1 < turns.Count ? turns[i + 1].Start : original.Length;
            var pseudonym = pseudonymOf(t.Speaker);
            if (pseudonym is null) continue;
            var start = sb.Length;
            sb.Append(original, t.Start, t.SpeakerStart - t.Start);
            sb.Append(pseudonym);
            sb.Append(original, t.SpeakerEnd, t.TextStart - t.SpeakerEnd);
            var textStart = sb.Length;
            var content = redact.Apply(original[t.TextStart..t.End]);
            sb.Append(content);
            var end = sb.Length;
            sb.Append(redact.Apply(original[t.End..nextStart]));
            result.Add((t, start, textStart, end, content));
        }
        return new Result(sb.ToString(), result);
    }
}
