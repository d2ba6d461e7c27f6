using LiteDB;
using Meic.Core.Hosting;
using Newtonsoft.Json.Linq;

namespace Meic.Store.LiteDb;

/// <summary>
/// What <c>meic doctor</c> checks in a LiteDB file: every document read through its id index and found again by id,
/// every declared index holding exactly the documents of a scan with the values their bodies give, the full-text
/// entries matching their documents and their words, and a journal in order with its deletions' bodies. Each problem is worded
/// by key, so doctor says it in the user's language.
/// </summary>
internal static class IntegrityCheck
{
    public static List<Words> Run(LiteDatabase db, IEnumerable<string>? collections = null)
    {
        var problems = new List<Words>();
        try { Check(db, (collections ?? db.GetCollectionNames()).ToList(), problems); }
        catch (LiteException e) { problems.Add(new("integrity.litedb.unreadable", e.Message)); }
        return problems;
    }

    private static void Check(LiteDatabase db, List<string> names, List<Words> problems)
    {
        var meta = db.GetCollection(LiteDbDocumentStore.Meta);
        if (meta.FindById("format") is null) problems.Add(new("integrity.noFormat"));
        var ids = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var lite in names)
        {
            if (CollectionNames.Decode(lite, CollectionNames.DocumentsPrefix) is not { } name) continue;
            var col = db.GetCollection(lite);
            var scan = col.FindAll().ToList();
            var set = new HashSet<string>(StringComparer.Ordinal);
            ids[name] = set;
            var fields = meta.FindById("ix:" + name) is { } ix ? ix["f"].AsArray.Select(v => v.AsString).ToArray() : [];
            foreach (var doc in scan)
            {
                var id = doc["_id"].AsString;
                if (!set.Add(id)) problems.Add(new("integrity.idTwice", $"{name}/{id}"));
                if (col.FindById(id) is null) problems.Add(new("integrity.idLost", $"{name}/{id}"));
                if (!doc["v"].IsNumber || doc["v"].AsInt64 < 1) problems.Add(new("integrity.version", $"{name}/{id}"));
                JObject body;
                try { body = JObject.Parse(doc["b"].AsString); }
                catch (Exception e) when (e is Newtonsoft.Json.JsonException or InvalidCastException)
                {
                    problems.Add(new("integrity.notObject", $"{name}/{id}"));
                    continue;
                }
                if (fields.Length == 0) continue;
                var x = doc["x"].IsDocument ? doc["x"].AsDocument : new BsonDocument();
                foreach (var f in fields)
                    if (x[IndexValues.Key(f)] != IndexValues.ToBson(body.SelectToken(f)))
                        problems.Add(new("integrity.indexValue", $"{name}.{f}", id));
            }
            if (col.LongCount() != scan.Count) problems.Add(new("integrity.count", name, col.LongCount(), scan.Count));
            foreach (var f in fields)
            {
                var viaIndex = col.Query().OrderBy("$.x." + IndexValues.Key(f)).Select("$._id").ToEnumerable().Select(d => d["_id"].AsString).ToList();
                if (viaIndex.Count != scan.Count || !set.SetEquals(viaIndex))
                    problems.Add(new("integrity.indexCount", $"{name}.{f}", viaIndex.Count, scan.Count));
            }
        }
        foreach (var lite in names)
        {
            if (CollectionNames.Decode(lite, CollectionNames.TextPrefix) is not { } name) continue;
            var col = db.GetCollection(lite);
            var known = ids.GetValueOrDefault(name) ?? [];
            foreach (var entry in col.FindAll())
            {
                var doc = entry["d"].AsString;
                if (!known.Contains(doc)) problems.Add(new("integrity.textOrphan", $"{name}/{doc}"));
                var words = TextTokens.Distinct(entry["t"].AsString);
                var kept = entry["w"].AsArray.Select(w => w.AsString).ToArray();
                if (!words.SequenceEqual(kept)) { problems.Add(new("integrity.textStale", $"{name}/{doc}")); continue; }
                if (words.Length > 0 && !col.Query().Where("$.w[*] ANY = @0", new BsonValue(words[0])).Select("$._id").ToEnumerable().Any(r => r["_id"] == entry["_id"]))
                    problems.Add(new("integrity.textLost", $"{name}/{doc}", words[0]));
            }
        }
        var last = 0L;
        var count = 0L;
        foreach (var batch in db.GetCollection(LiteDbDocumentStore.JournalCollection).FindAll())
        {
            foreach (var value in batch["e"].AsArray)
            {
                var e = value.AsDocument;
                var seq = e["s"].AsInt64;
                count++;
                if (seq <= last) problems.Add(new("integrity.journalOrder", seq, last));
                last = seq;
                var kind = e["k"].AsString;
                // An insert carries no body of its own (the next change's "before" or the live document is it).
                if (kind == "delete" && !e.ContainsKey("b"))
                    problems.Add(new("integrity.journalBody", seq));
            }
            if (batch["l"].AsInt64 < last) problems.Add(new("integrity.journalBatch", batch["_id"].AsInt64, batch["l"].AsInt64, last));
        }
        var state = meta.FindById("journal");
        if ((state?["n"].AsInt64 ?? 0) != count) problems.Add(new("integrity.journalCount", state?["n"].AsInt64 ?? 0, count));
        if ((state?["seq"].AsInt64 ?? 0) < last) problems.Add(new("integrity.journalSeq", last));
    }
}
