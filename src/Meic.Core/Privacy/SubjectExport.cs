using Meic.Core.Store;
using Meic.Sdk.Store;
using Newtonsoft.Json.Linq;

namespace Meic.Core.Privacy;

/// <summary>Everything the cluster holds about one person (right of access), as JSON.</summary>
public static class SubjectExport
{
    /// <summary>Collects every record and journal entry that mentions <paramref name="person"/>.</summary>
    public static JObject Of(IDocumentStore store, string person)
    {
        var matcher = new PersonMatcher(person);
        var records = new JArray();
        var dump = (IStoreDump)store;
        foreach (var doc in dump.Documents().Where(d => Eraser.MayMention(matcher, d.Body)))
        {
            var json = CanonicalJson.Parse(doc.Body);
            Sealing.OpenTracked(json, dump.Cipher);
            var places = matcher.Find(json);
            if (places.Count == 0) continue;
            records.Add(new JObject
            {
                ["collection"] = doc.Collection, ["id"] = doc.Id,
                ["held"] = new JArray(places.Select(p => new JObject { ["path"] = p.Path, ["data"] = p.Data })),
            });
        }
        var history = new JArray(store.Journal.Read(new JournalQuery())
            .Where(e => matcher.Mentions(Reveal(e.Before, dump.Cipher)) || matcher.Mentions(Reveal(e.After, dump.Cipher)))
            .Select(e => new JObject { ["seq"] = e.Sequence, ["at"] = e.At.ToString("O"), ["by"] = e.User, ["record"] = $"{e.Collection}/{e.DocumentId}", ["change"] = e.Kind.ToString().ToLowerInvariant() }));
        PrivacyLog.Write(store, "export", $"subject access export: {records.Count} records, {history.Count} journal entries");
        return new JObject
        {
            ["subject"] = person, ["generatedAt"] = DateTimeOffset.UtcNow.ToString("O"), ["store"] = store.Info.Kind,
            ["records"] = records, ["history"] = history,
        };
    }

    private static string? Reveal(string? json, FieldCipher? cipher) => json is null ? null : Sealing.Open(json, cipher);
}
