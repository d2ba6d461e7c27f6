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
        var documents = dump.Documents();
        // First the labels that stand for the person (participant ids, pseudonyms), then every record naming or linked to them:
        // the transcript turns they spoke hold their words without their name.
        foreach (var doc in documents.Where(d => Eraser.MayMention(matcher, d.Body)))
        {
            var json = CanonicalJson.Parse(doc.Body);
            Sealing.OpenTracked(json, dump.Cipher);
            if (matcher.Find(json).Count > 0) matcher.Learn(json);
        }
        foreach (var doc in documents)
        {
            var json = CanonicalJson.Parse(doc.Body);
            Sealing.OpenTracked(json, dump.Cipher);
            var places = matcher.Find(json).ToList();
            if (places.Count == 0 && (matcher.Linked(json) || matcher.InScope(json) && (matcher.MentionsPartially(json.ToString(Newtonsoft.Json.Formatting.None)) || json.SelectTokens("$..*").OfType<JValue>().Any(v => v.Type == JTokenType.String && matcher.SpokenIn((string?)v)))))
                places.Add(("$", json));
            if (places.Count == 0) continue;
            records.Add(new JObject
            {
                ["collection"] = doc.Collection, ["id"] = doc.Id,
                ["held"] = new JArray(places.Select(p => new JObject { ["path"] = p.Path, ["data"] = p.Data })),
            });
        }
        var history = new JArray(store.Journal.Read(new JournalQuery())
            .Where(e => new[] { Reveal(e.Before, dump.Cipher), Reveal(e.After, dump.Cipher) }.Any(b => matcher.Mentions(b) || b is not null && matcher.Linked(CanonicalJson.Parse(b))))
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
