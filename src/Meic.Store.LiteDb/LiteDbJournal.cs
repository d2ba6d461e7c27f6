using LiteDB;
using Meic.Sdk.Store;

namespace Meic.Store.LiteDb;

/// <summary>The journal in the LiteDB file: documents of up to 64 entries each, keyed by their first sequence number.</summary>
internal sealed class LiteDbJournal(LiteDbDocumentStore store) : IJournal
{
    public long Count() => store.Session(db =>
    {
        store.FlushJournal();
        return db.GetCollection(LiteDbDocumentStore.Meta).FindById("journal")?["n"].AsInt64 ?? 0;
    });

    public IReadOnlyList<JournalEntry> Read(JournalQuery query) => store.Session(db =>
    {
        store.FlushJournal();
        var batches = db.GetCollection(LiteDbDocumentStore.JournalCollection);
        var rows = query.AfterSequence is { } after ? batches.Find(Query.GT("l", after)) : batches.FindAll();
        var list = new List<JournalEntry>();
        foreach (var batch in rows.OrderBy(b => b["_id"].AsInt64))
            foreach (var value in batch["e"].AsArray)
            {
                var e = ToEntry(value.AsDocument);
                if (query.AfterSequence is { } a && e.Sequence <= a) continue;
                if (query.Collection is { } c && e.Collection != c) continue;
                if (query.DocumentId is { } id && e.DocumentId != id) continue;
                if (query.User is { } who && e.User != who) continue;
                if (query.From is { } from && e.At < from) continue;
                if (query.To is { } to && e.At >= to) continue;
                list.Add(e);
                if (query.Limit is { } n && list.Count >= n) return FillInsertBodies(db, list);
            }
        return FillInsertBodies(db, list);
    });

    /// <summary>
    /// Puts back the bodies of inserts journaled without them: the "before" of the next change of the same document,
    /// else the live document's body (the SQLite store does the same in SQL).
    /// </summary>
    private static IReadOnlyList<JournalEntry> FillInsertBodies(LiteDatabase db, List<JournalEntry> list)
    {
        var waiting = new Dictionary<(string Collection, string Id), List<int>>();
        var from = long.MaxValue;
        for (var i = 0; i < list.Count; i++)
        {
            var e = list[i];
            if (e.Kind != ChangeKind.Insert || e.After is not null) continue;
            var key = (e.Collection, e.DocumentId);
            if (!waiting.TryGetValue(key, out var at)) waiting[key] = at = [];
            at.Add(i);
            from = Math.Min(from, e.Sequence);
        }
        if (waiting.Count == 0) return list;
        foreach (var batch in db.GetCollection(LiteDbDocumentStore.JournalCollection).Find(Query.GT("l", from)).OrderBy(b => b["_id"].AsInt64))
            foreach (var value in batch["e"].AsArray)
            {
                var seq = value["s"].AsInt64;
                if (seq <= from || !waiting.TryGetValue((value["c"].AsString, value["d"].AsString), out var at)) continue;
                var before = value["b"].IsNull ? null : value["b"].AsString;
                // Every insert of this document before this change takes the body this change found.
                at.RemoveAll(i =>
                {
                    if (list[i].Sequence >= seq) return false;
                    list[i] = list[i] with { After = before };
                    return true;
                });
                if (at.Count == 0) waiting.Remove((value["c"].AsString, value["d"].AsString));
            }
        foreach (var ((collection, id), at) in waiting)
        {
            var live = db.GetCollection(CollectionNames.Documents(collection)).FindById(id);
            foreach (var i in at) list[i] = list[i] with { After = live?["b"].AsString };
        }
        return list;
    }

    internal static JournalEntry ToEntry(BsonDocument e) => new(
        e["s"].AsInt64, new DateTimeOffset(e["at"].AsInt64, TimeSpan.Zero), e["u"].AsString, e["c"].AsString, e["d"].AsString,
        LiteDbDocumentStore.KindOf(e["k"].AsString), e.TryGetValue("b", out var b) ? b.AsString : null, e.TryGetValue("a", out var a) ? a.AsString : null);

    internal static BsonDocument ToBson(JournalEntry e)
    {
        var doc = new BsonDocument
        {
            ["s"] = e.Sequence, ["at"] = e.At.UtcTicks, ["u"] = e.User, ["c"] = e.Collection, ["d"] = e.DocumentId,
            ["k"] = LiteDbDocumentStore.KindCode(e.Kind),
        };
        if (e.Before is not null) doc["b"] = e.Before;
        if (e.After is not null) doc["a"] = e.After;
        return doc;
    }
}
