using System.Text;
using LiteDB;
using Meic.Sdk.Store;

namespace Meic.Store.LiteDb;

/// <summary>
/// Full-text search over the inverted index: each searchable field of a document is one entry listing its distinct
/// folded words, and LiteDB's multi-key index on that list finds the entries holding a word (or words starting with
/// a prefix). Phrases are checked on the entry's text; hits are ranked by how often the words occur.
/// </summary>
internal static class TextSearch
{
    public static BsonDocument Entry(string docId, string field, string text) => new()
    {
        ["_id"] = docId + "\u001f" + field,
        ["d"] = docId,
        ["f"] = field,
        ["t"] = text,
        ["w"] = new BsonArray(TextTokens.Distinct(text).Select(w => new BsonValue(w))),
    };

    public static IReadOnlyList<SearchHit> Run(LiteDatabase db, string textCollection, TextQuery query, int limit)
    {
        if (!db.CollectionExists(textCollection)) return [];
        var entries = new Dictionary<string, BsonDocument>(StringComparer.Ordinal);
        var col = db.GetCollection(textCollection);
        var found = Evaluate(col, query, entries);
        var positive = query.Positive().ToList();
        var hits = new List<(SearchHit Hit, int Score)>();
        foreach (var id in found)
        {
            var entry = entries[id];
            var text = entry["t"].AsString;
            var tokens = TextTokens.Of(text);
            var marked = new bool[tokens.Count];
            var score = 0;
            for (var i = 0; i < tokens.Count; i++)
                if (positive.Any(t => Matches(t, tokens[i].Folded))) { marked[i] = true; score++; }
            hits.Add((new SearchHit(entry["d"].AsString, entry["f"].AsString, Snippet(text, tokens, marked)), score));
        }
        return hits.OrderByDescending(h => h.Score)
            .ThenBy(h => h.Hit.Id, StringComparer.Ordinal).ThenBy(h => h.Hit.Field, StringComparer.Ordinal)
            .Take(limit).Select(h => h.Hit).ToList();
    }

    private static HashSet<string> Evaluate(ILiteCollection<BsonDocument> col, TextQuery query, Dictionary<string, BsonDocument> entries)
    {
        switch (query)
        {
            case TextQuery.Term t:
                return Lookup(col, t, entries);
            case TextQuery.Phrase p:
                var all = Lookup(col, p.Words[0], entries);
                foreach (var w in p.Words.Skip(1)) all.IntersectWith(Lookup(col, w, entries));
                all.RemoveWhere(id => !HasPhrase(entries[id]["t"].AsString, p.Words));
                return all;
            case TextQuery.And a:
                var and = Evaluate(col, a.Left, entries);
                and.IntersectWith(Evaluate(col, a.Right, entries));
                return and;
            case TextQuery.Or o:
                var or = Evaluate(col, o.Left, entries);
                or.UnionWith(Evaluate(col, o.Right, entries));
                return or;
            case TextQuery.Not n:
                var not = Evaluate(col, n.Left, entries);
                not.ExceptWith(Evaluate(col, n.Right, entries));
                return not;
            default:
                return [];
        }
    }

    private static HashSet<string> Lookup(ILiteCollection<BsonDocument> col, TextQuery.Term term, Dictionary<string, BsonDocument> entries)
    {
        // Words hold letters and digits only, so the prefix needs no escaping for LIKE.
        var rows = term.Prefix
            ? col.Query().Where("$.w[*] ANY LIKE @0", new BsonValue(term.Word + "%")).ToEnumerable()
            : col.Query().Where("$.w[*] ANY = @0", new BsonValue(term.Word)).ToEnumerable();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var id = row["_id"].AsString;
            ids.Add(id);
            entries.TryAdd(id, row);
        }
        return ids;
    }

    private static bool Matches(TextQuery.Term term, string folded) =>
        term.Prefix ? folded.StartsWith(term.Word, StringComparison.Ordinal) : folded == term.Word;

    private static bool HasPhrase(string text, IReadOnlyList<TextQuery.Term> words)
    {
        var tokens = TextTokens.Of(text);
        for (var i = 0; i + words.Count <= tokens.Count; i++)
        {
            var k = 0;
            while (k < words.Count && Matches(words[k], tokens[i + k].Folded)) k++;
            if (k == words.Count) return true;
        }
        return false;
    }

    /// <summary>About twelve words around the first hit, hits marked by [ and ], cuts shown by "…" (as the SQLite store's snippets).</summary>
    private static string Snippet(string text, List<TextTokens.Token> tokens, bool[] marked)
    {
        const int Words = 12;
        if (tokens.Count == 0) return text;
        var first = Array.IndexOf(marked, true);
        var start = Math.Max(0, Math.Min(first < 0 ? 0 : first - 3, tokens.Count - Words));
        var end = Math.Min(tokens.Count, start + Words) - 1;
        var sb = new StringBuilder();
        if (start > 0) sb.Append('…');
        var from = start == 0 ? 0 : tokens[start].Start;
        for (var i = start; i <= end; i++)
        {
            sb.Append(text, from, tokens[i].Start - from);
            var word = text.Substring(tokens[i].Start, tokens[i].Length);
            sb.Append(marked[i] ? "[" + word + "]" : word);
            from = tokens[i].Start + tokens[i].Length;
        }
        if (end == tokens.Count - 1) sb.Append(text, from, text.Length - from);
        else sb.Append('…');
        return sb.ToString();
    }
}
