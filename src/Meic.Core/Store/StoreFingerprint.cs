using System.Security.Cryptography;
using System.Text;
using Meic.Sdk.Store;

namespace Meic.Core.Store;

/// <summary>Counts and content hashes of everything a store holds: two stores with equal fingerprints hold the same cluster.</summary>
/// <param name="Collections">Documents per collection.</param>
/// <param name="JournalEntries">Journal length.</param>
/// <param name="TextEntries">Full-text index entries.</param>
/// <param name="Hashes">SHA-256 per part: "documents:COLLECTION", "journal", "schema", "fulltext".</param>
public sealed record StoreFingerprint(IReadOnlyDictionary<string, long> Collections, long JournalEntries, long TextEntries, IReadOnlyDictionary<string, string> Hashes)
{
    /// <summary>Reads and hashes everything in <paramref name="store"/>.</summary>
    public static StoreFingerprint Of(IDocumentStore store)
    {
        var dump = (IStoreDump)store;
        var hashes = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var counts = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var group in dump.Documents().GroupBy(d => d.Collection))
        {
            counts[group.Key] = group.LongCount();
            hashes[$"documents:{group.Key}"] = Hash(group.OrderBy(d => d.Id, StringComparer.Ordinal).Select(d => $"{d.Id}\u001f{d.Version}\u001f{CanonicalJson.Of(d.Body)}"));
        }
        var journal = store.Journal.Read(new JournalQuery());
        // Microsecond precision: what both stores keep.
        hashes["journal"] = Hash(journal.Select(e => string.Join('\u001f', e.Sequence, (e.At.UtcTicks / 10).ToString(), e.User, e.Collection, e.DocumentId, e.Kind, e.Before ?? "\u0000", e.After ?? "\u0000")));
        hashes["schema"] = Hash(dump.SchemaVersionRows().OrderBy(v => v.Owner, StringComparer.Ordinal).Select(v => $"{v.Owner}\u001f{v.Version}\u001f{v.Description}"));
        var text = dump.FullText();
        hashes["fulltext"] = Hash(text.Select(t => string.Join('\u001f', t.Collection, t.DocId, t.Field, t.Text)).Order(StringComparer.Ordinal));
        return new StoreFingerprint(counts, journal.Count, text.Count, hashes);
    }

    /// <summary>What differs between this and <paramref name="other"/>, in plain words (empty when equal).</summary>
    public IReadOnlyList<string> Differences(StoreFingerprint other)
    {
        var problems = new List<string>();
        foreach (var c in Collections.Keys.Union(other.Collections.Keys).Order(StringComparer.Ordinal))
            if (Collections.GetValueOrDefault(c) != other.Collections.GetValueOrDefault(c))
                problems.Add($"{c}: {Collections.GetValueOrDefault(c)} documents here, {other.Collections.GetValueOrDefault(c)} there");
        if (JournalEntries != other.JournalEntries) problems.Add($"journal: {JournalEntries} entries here, {other.JournalEntries} there");
        if (TextEntries != other.TextEntries) problems.Add($"full-text index: {TextEntries} entries here, {other.TextEntries} there");
        foreach (var h in Hashes.Keys.Union(other.Hashes.Keys).Order(StringComparer.Ordinal))
            if (Hashes.GetValueOrDefault(h) != other.Hashes.GetValueOrDefault(h)) problems.Add($"{h}: content differs");
        return problems;
    }

    private static string Hash(IEnumerable<string> lines)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var line in lines) { sha.AppendData(Encoding.UTF8.GetBytes(line)); sha.AppendData("\n"u8); }
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }
}
