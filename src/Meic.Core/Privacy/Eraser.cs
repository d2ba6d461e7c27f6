using Meic.Core.Store;
using Meic.Sdk.Store;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Meic.Core.Privacy;

/// <summary>What an erasure changed, and what it could not be sure of (for a person to check).</summary>
public sealed record ErasureReport(int Documents, int JournalEntries, int TextEntries, IReadOnlyList<string> Records, IReadOnlyList<string> Unsure);

/// <summary>
/// Removes a person everywhere: documents, journal bodies, full-text index; then makes sure SQLite leaves no copy on disk.
/// The person is found by full name, by a titled surname ("Ms Rossi") anywhere, and — in records that name them or are
/// linked to them by a participant label — by surname alone, first name alone and initials. Records elsewhere that
/// hold only a surname or initials are reported, not changed.
/// </summary>
public static class Eraser
{
    /// <summary>Erases <paramref name="person"/> in one transaction. The erasure itself is logged without the person's name.</summary>
    public static ErasureReport Erase(IDocumentStore store, string person)
    {
        var matcher = new PersonMatcher(person);
        var dump = (IStoreDump)store;
        var records = new List<string>();
        var unsure = new List<string>();
        var scrubbed = new Dictionary<(string, string), (JToken Json, bool InContext)>();
        int journal = 0, text = 0;
        using (var tx = store.BeginTransaction())
        {
            var documents = dump.Documents();
            foreach (var doc in documents.Where(d => MayMention(matcher, d.Body)))
            {
                var json = CanonicalJson.Parse(doc.Body);
                Sealing.OpenTracked(json, dump.Cipher);
                if (matcher.Find(json).Count > 0)
                    unsure.AddRange(matcher.Learn(json).Select(path => $"{doc.Collection}/{doc.Id}: {path} (first name only, beside the full name)"));
            }
            foreach (var doc in documents)
            {
                var json = CanonicalJson.Parse(doc.Body);
                var opened = Sealing.OpenTracked(json, dump.Cipher);
                var inContext = matcher.Find(json).Count > 0 || matcher.Linked(json) || matcher.InScope(json);
                var changed = matcher.Scrub(json, inContext);
                if (!inContext && matcher.MayBe(json.ToString(Formatting.None)))
                    unsure.Add($"{doc.Collection}/{doc.Id}: {matcher.Surname} or initials alone, without the full name");
                if (!changed) continue;
                scrubbed[(doc.Collection, doc.Id)] = (json.DeepClone(), inContext);
                Sealing.SealAgain(json, opened, dump.Cipher);
                dump.Rewrite(doc with { Body = json.ToString(Formatting.None) });
                records.Add($"{doc.Collection}/{doc.Id}");
            }
            foreach (var e in store.Journal.Read(new JournalQuery()))
            {
                var (before, after) = (Scrub(matcher, e.Before, dump.Cipher), Scrub(matcher, e.After, dump.Cipher));
                if (before == e.Before && after == e.After) continue;
                dump.RewriteJournal(e.Sequence, before, after);
                journal++;
            }
            foreach (var group in dump.FullText().GroupBy(t => (t.Collection, t.DocId)))
            {
                var found = scrubbed.TryGetValue(group.Key, out var now);
                var rows = group.Select(t => t with { Text = found && now.Json.SelectToken(t.Field) is JValue { Value: string current } ? current : matcher.Replace(t.Text, found && now.InContext) }).ToList();
                var changedRows = rows.Zip(group).Count(p => p.First.Text != p.Second.Text);
                if (changedRows == 0) continue;
                dump.RewriteText(group.Key.Collection, group.Key.DocId, rows);
                text += changedRows;
            }
            PrivacyLog.Write(store, "erase", $"{records.Count} records, {journal} journal entries, {text} search entries, {unsure.Count} to check by hand");
            tx.Commit();
        }
        if (store is SqliteDocumentStore sqlite) sqlite.Checkpoint();
        return new ErasureReport(records.Count, journal, text, records, unsure);
    }

    private static string? Scrub(PersonMatcher matcher, string? json, FieldCipher? cipher)
    {
        if (json is null) return json;
        var token = CanonicalJson.Parse(json);
        var opened = Sealing.OpenTracked(token, cipher);
        var inContext = matcher.Find(token).Count > 0 || matcher.Linked(token) || matcher.InScope(token);
        if (!matcher.Scrub(token, inContext)) return json;
        Sealing.SealAgain(token, opened, cipher);
        return token.ToString(Formatting.None);
    }

    /// <summary>A cheap test before parsing: the name in clear, or encrypted values that might hide it.</summary>
    internal static bool MayMention(PersonMatcher matcher, string? json) =>
        json is not null && (matcher.Mentions(json) || json.Contains(FieldCipher.Prefix, StringComparison.Ordinal));
}
