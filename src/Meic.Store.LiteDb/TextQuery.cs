using Meic.Sdk.Errors;

namespace Meic.Store.LiteDb;

/// <summary>
/// The search syntax users know from the SQLite store (FTS5: words, "phrases", prefix*, AND, OR, NOT, parentheses;
/// NOT binds tighter than AND, AND tighter than OR; words side by side mean AND), parsed into a tree the
/// store evaluates against its inverted index. What FTS5 would reject is rejected as bad input.
/// </summary>
internal abstract record TextQuery
{
    /// <summary>One word, or the start of words when <paramref name="Prefix"/>.</summary>
    public sealed record Term(string Word, bool Prefix) : TextQuery;
    /// <summary>Words one after another; the last may be a prefix.</summary>
    public sealed record Phrase(IReadOnlyList<Term> Words) : TextQuery;
    public sealed record And(TextQuery Left, TextQuery Right) : TextQuery;
    public sealed record Or(TextQuery Left, TextQuery Right) : TextQuery;
    /// <summary>Left, but not right.</summary>
    public sealed record Not(TextQuery Left, TextQuery Right) : TextQuery;

    /// <summary>Every term the query looks for (not the excluded ones), to mark hits in snippets.</summary>
    public IEnumerable<Term> Positive() => this switch
    {
        Term t => [t],
        Phrase p => p.Words,
        And a => a.Left.Positive().Concat(a.Right.Positive()),
        Or o => o.Left.Positive().Concat(o.Right.Positive()),
        Not n => n.Left.Positive(),
        _ => [],
    };

    public static TextQuery Parse(string query)
    {
        var tokens = Lex(query);
        var position = 0;
        var result = ParseOr(query, tokens, ref position);
        if (position < tokens.Count)
            throw Bad(query, tokens[position].Kind == Kind.Close ? Why("search.parenUnmatched") : Why("search.unexpected", tokens[position].Text));
        return result;
    }

    private enum Kind { Word, Phrase, Open, Close, AndOp, OrOp, NotOp }

    private sealed record Lexeme(Kind Kind, string Text, bool Prefix);

    private static List<Lexeme> Lex(string query)
    {
        var list = new List<Lexeme>();
        var i = 0;
        while (i < query.Length)
        {
            var c = query[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            if (c == '"')
            {
                var end = query.IndexOf('"', i + 1);
                if (end < 0) throw Bad(query, Why("search.phraseOpen"));
                var text = query[(i + 1)..end];
                i = end + 1;
                var prefix = i < query.Length && query[i] == '*';
                if (prefix) i++;
                list.Add(new Lexeme(Kind.Phrase, text, prefix));
                continue;
            }
            if (c == '(') { list.Add(new Lexeme(Kind.Open, "(", false)); i++; continue; }
            if (c == ')') { list.Add(new Lexeme(Kind.Close, ")", false)); i++; continue; }
            var start = i;
            while (i < query.Length && !char.IsWhiteSpace(query[i]) && query[i] is not ('"' or '(' or ')')) i++;
            var word = query[start..i];
            switch (word)
            {
                case "AND": list.Add(new Lexeme(Kind.AndOp, word, false)); break;
                case "OR": list.Add(new Lexeme(Kind.OrOp, word, false)); break;
                case "NOT": list.Add(new Lexeme(Kind.NotOp, word, false)); break;
                default:
                    var prefix = word.EndsWith('*');
                    list.Add(new Lexeme(Kind.Word, prefix ? word.TrimEnd('*') : word, prefix));
                    break;
            }
        }
        if (list.Count == 0) throw Bad(query, Why("search.empty"));
        return list;
    }

    private static TextQuery ParseOr(string q, List<Lexeme> t, ref int p)
    {
        var left = ParseAnd(q, t, ref p);
        while (p < t.Count && t[p].Kind == Kind.OrOp)
        {
            p++;
            left = new Or(left, ParseAnd(q, t, ref p));
        }
        return left;
    }

    private static TextQuery ParseAnd(string q, List<Lexeme> t, ref int p)
    {
        var left = ParseNot(q, t, ref p);
        while (p < t.Count && t[p].Kind is Kind.AndOp or Kind.Word or Kind.Phrase or Kind.Open)
        {
            if (t[p].Kind == Kind.AndOp) p++;
            left = new And(left, ParseNot(q, t, ref p));
        }
        return left;
    }

    private static TextQuery ParseNot(string q, List<Lexeme> t, ref int p)
    {
        var left = ParsePrimary(q, t, ref p);
        while (p < t.Count && t[p].Kind == Kind.NotOp)
        {
            p++;
            left = new Not(left, ParsePrimary(q, t, ref p));
        }
        return left;
    }

    private static TextQuery ParsePrimary(string q, List<Lexeme> t, ref int p)
    {
        if (p >= t.Count) throw Bad(q, Why("search.endsWithOperator"));
        var token = t[p++];
        switch (token.Kind)
        {
            case Kind.Open:
                var inner = ParseOr(q, t, ref p);
                if (p >= t.Count || t[p].Kind != Kind.Close) throw Bad(q, Why("search.parenOpen"));
                p++;
                return inner;
            case Kind.Word or Kind.Phrase:
                var words = TextTokens.Of(token.Text).Select(w => w.Folded).ToList();
                if (words.Count == 0) throw Bad(q, Why("search.noWord", token.Text));
                if (words.Count == 1) return new Term(words[0], token.Prefix);
                return new Phrase(words.Select((w, k) => new Term(w, token.Prefix && k == words.Count - 1)).ToList());
            case Kind.Close:
                throw Bad(q, Why("search.parenUnmatched"));
            default:
                throw Bad(q, Why("search.needsTerm", token.Text));
        }
    }

    // The reason is worded by the host with the rest of the message: a key and its arguments.
    private static Meic.Core.Hosting.Words Why(string key, params object?[] args) => new(key, args);

    private static InputException Bad(string query, Meic.Core.Hosting.Words why) => Meic.Core.Hosting.Worded.Input("store.search.syntax", "query", query, why);
}
