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
                if (!MayMention(matcher, doc.Body)) continue;
                var json = CanonicalJson.Parse(doc.Body);
                var opened = Sealing.OpenTracked(json, dump.Cipher);
                if (!matcher.Scrub(json)) continue;
                Sealing.SealAgain(json, opened, dump.Cipher);
                dump.Rewrite(doc with { Body = json.ToString(Formatting.None) });
                records.Add($"{doc.Collection}/{doc.Id}");
            }
            foreach (var e in store.Journal.Read(new JournalQuery()))
            {
                if (!MayMention(matcher, e.Before) && !MayMention(matcher, e.After)) continue;
                var (before, after) = (Scrub(matcher, e.Before, dump.Cipher), Scrub(matcher, e.After, dump.Cipher));
                if (before == e.Before && after == e.After) continue;
                dump.RewriteJournal(e.Sequence, before, after);
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
        if (store is IFileStore file) file.Checkpoint();
        return new ErasureReport(records.Count, journal, text, records);
    }

    private static string? Scrub(PersonMatcher matcher, string? json, FieldCipher? cipher)
    {
        if (json is null || !MayMention(matcher, json)) return json;
        var token = CanonicalJson.Parse(json);
        var opened = Sealing.OpenTracked(token, cipher);
        if (!matcher.Scrub(token)) return json;
        Sealing.SealAgain(token, opened, cipher);
        return token.ToString(Formatting.None);
    }

    /// <summary>A cheap test before parsing: the name in clear, or encrypted values that might hide it.</summary>
    internal static bool MayMention(PersonMatcher matcher, string? json) =>
        json is not null && (matcher.Mentions(json) || json.Contains(FieldCipher.Prefix, StringComparison.Ordinal));
}
