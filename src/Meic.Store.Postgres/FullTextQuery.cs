using System.Text;
using Meic.Sdk.Errors;

namespace Meic.Store.Postgres;

/// <summary>
/// Translates the search syntax users know from the SQLite store (FTS5: words, "phrases", prefix*,
/// AND, OR, NOT, parentheses) into a PostgreSQL tsquery, rejecting what FTS5 would reject.
/// </summary>
internal static class FullTextQuery
{
    public static string ToTsQuery(string query)
    {
        var output = new StringBuilder();
        var depth = 0;
        var needsOperator = false;
        var i = 0;
        void Term(string tsTerm)
        {
            if (needsOperator) output.Append(" & ");
            output.Append(tsTerm);
            needsOperator = true;
        }
        while (i < query.Length)
        {
            var c = query[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            if (c == '"')
            {
                var end = query.IndexOf('"', i + 1);
                if (end < 0) throw Bad(query, Why("search.phraseOpen"));
                var words = Words(query[(i + 1)..end]);
                i = end + 1;
                var prefix = i < query.Length && query[i] == '*';
                if (prefix) i++;
                if (words.Count == 0) continue;
                Term("(" + string.Join(" <-> ", words.Select((w, k) => Lexeme(w, prefix && k == words.Count - 1))) + ")");
                continue;
            }
            if (c == '(') { if (needsOperator) output.Append(" & "); output.Append('('); depth++; needsOperator = false; i++; continue; }
            if (c == ')')
            {
                if (depth == 0 || !needsOperator) throw Bad(query, Why("search.parenUnmatched"));
                output.Append(')'); depth--; i++; continue;
            }
            var start = i;
            while (i < query.Length && !char.IsWhiteSpace(query[i]) && query[i] is not ('"' or '(' or ')')) i++;
            var word = query[start..i];
            if (word is "AND" or "OR" or "NOT")
            {
                if (!needsOperator) throw Bad(query, Why("search.needsTerm", word));
                output.Append(word switch { "AND" => " & ", "OR" => " | ", _ => " & !" });
                needsOperator = false;
                continue;
            }
            var isPrefix = word.EndsWith('*');
            var parts = Words(word.TrimEnd('*'));
            if (parts.Count == 0) continue;
            Term(parts.Count == 1 ? Lexeme(parts[0], isPrefix) : "(" + string.Join(" <-> ", parts.Select((w, k) => Lexeme(w, isPrefix && k == parts.Count - 1))) + ")");
        }
        if (depth != 0) throw Bad(query, Why("search.parenOpen"));
        if (!needsOperator) throw Bad(query, output.Length == 0 ? Why("search.empty") : Why("search.endsWithOperator"));
        return output.ToString();
    }

    private static List<string> Words(string text)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        foreach (var ch in text)
        {
            if (char.IsLetterOrDigit(ch) || char.GetUnicodeCategory(ch) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark)
                current.Append(ch);
            else if (current.Length > 0) { words.Add(current.ToString()); current.Clear(); }
        }
        if (current.Length > 0) words.Add(current.ToString());
        return words;
    }

    private static string Lexeme(string word, bool prefix) => "'" + word.Replace("'", "''") + "'" + (prefix ? ":*" : "");

    private static Meic.Core.Hosting.Words Why(string key, params object?[] args) => new(key, args);

    private static InputException Bad(string query, Meic.Core.Hosting.Words why) => Meic.Core.Hosting.Worded.Input("store.search.syntax", "query", query, why);
}
