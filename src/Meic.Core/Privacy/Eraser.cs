using Meic.Core.Store;
using Meic.Sdk.Store;
using Newtonsoft.Json;

namespace Meic.Core.Privacy;

/// <summary>What an erasure changed.</summary>
public sealed record ErasureReport(int Documents, int JournalEntries, int TextEntries, IReadOnlyList<string> Records);

/// <summary>Removes a person everywhere: documents, journal bodies, full-text index; then makes sure SQLite leaves no copy on disk.</summary>
public static class Eraser
{
    /// <summary>Erases <paramref name="person"/> in one transaction. The erasure itself is logged without the person's name.</summary>
    public static ErasureReport Erase(IDocumentStore store, string person)
    {
        var matcher = new PersonMatcher(person);
        var dump = (IStoreDump)store;
        var records = new List<string>();
        int journal = 0, text = 0;
        using (var tx = store.BeginTransaction())
        {
            foreach (var doc in dump.Documents())
            {
                if (!matcher.Mentions(doc.Body)) continue;
                var json = CanonicalJson.Parse(doc.Body);
                if (!matcher.Scrub(json)) continue;
                dump.Rewrite(doc with { Body = json.ToString(Formatting.None) });
                records.Add($"{doc.Collection}/{doc.Id}");
            }
            foreach (var e in store.Journal.Read(new JournalQuery()))
            {
                if (!matcher.Mentions(e.Before) && !matcher.Mentions(e.After)) continue;
                dump.RewriteJournal(e.Sequence, Scrub(matcher, e.Before), Scrub(matcher, e.After));
                journal++;
            }
            foreach (var group in dump.FullText().GroupBy(t => (t.Collection, t.DocId)))
            {
                if (!group.Any(t => matcher.Mentions(t.Text))) continue;
                dump.RewriteText(group.Key.Collection, group.Key.DocId, group.Select(t => t with { Text = matcher.Replace(t.Text) }).ToList());
                text += group.Count(t => matcher.Mentions(t.Text));
            }
            PrivacyLog.Write(store, "erase", $"{records.Count} records, {journal} journal entries, {text} search entries");
            tx.Commit();
        }
        if (store is SqliteDocumentStore sqlite) sqlite.Checkpoint();
        return new ErasureReport(records.Count, journal, text, records);
    }

    private static string? Scrub(PersonMatcher matcher, string? json)
    {
        if (json is null || !matcher.Mentions(json)) return json;
        var token = CanonicalJson.Parse(json);
        matcher.Scrub(token);
        return token.ToString(Formatting.None);
    }
}
