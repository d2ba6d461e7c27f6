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
                if (query.Limit is { } n && list.Count >= n) return (IReadOnlyList<JournalEntry>)list;
            }
        return list;
    });

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
