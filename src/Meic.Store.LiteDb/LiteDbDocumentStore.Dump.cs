using LiteDB;
using Meic.Core.Store;
using Meic.Sdk.Store;

namespace Meic.Store.LiteDb;

public sealed partial class LiteDbDocumentStore
{
    /// <inheritdoc />
    public Meic.Core.Privacy.FieldCipher? Cipher { get; set; }

    /// <inheritdoc />
    public IReadOnlyList<string> SensitiveFieldsOf(string collection) => SpecOf(collection)?.SensitiveFields ?? [];

    private IEnumerable<(string Name, string Lite)> Named(LiteDatabase db, string prefix) =>
        LiteCollections(db)
            .Select(lite => (Name: CollectionNames.Decode(lite, prefix), Lite: lite))
            .Where(c => c.Name is not null)
            .Select(c => (c.Name!, c.Lite))
            .OrderBy(c => c.Item1, StringComparer.Ordinal);

    /// <inheritdoc />
    public IReadOnlyList<RawDocument> Documents() => Session(db =>
    {
        var list = new List<RawDocument>();
        foreach (var (name, lite) in Named(db, CollectionNames.DocumentsPrefix))
            list.AddRange(db.GetCollection(lite).FindAll()
                .Select(d => new RawDocument(name, d["_id"].AsString, d["v"].AsInt64, d["b"].AsString))
                .OrderBy(d => d.Id, StringComparer.Ordinal));
        return (IReadOnlyList<RawDocument>)list;
    });

    /// <inheritdoc />
    public IReadOnlyList<RawText> FullText() => Session(db =>
    {
        var list = new List<RawText>();
        foreach (var (name, lite) in Named(db, CollectionNames.TextPrefix))
            list.AddRange(db.GetCollection(lite).FindAll()
                .Select(t => new RawText(name, t["d"].AsString, t["f"].AsString, t["t"].AsString))
                .OrderBy(t => t.DocId, StringComparer.Ordinal).ThenBy(t => t.Field, StringComparer.Ordinal));
        return (IReadOnlyList<RawText>)list;
    });

    /// <inheritdoc />
    public IReadOnlyList<RawSchemaVersion> SchemaVersionRows() => Session(db =>
        (IReadOnlyList<RawSchemaVersion>)db.GetCollection(SchemaCollection).FindAll()
            .Select(v => new RawSchemaVersion(v["_id"].AsString, v["v"].AsInt32, v["d"].IsNull ? null : v["d"].AsString, new DateTimeOffset(v["t"].AsInt64, TimeSpan.Zero)))
            .OrderBy(v => v.Owner, StringComparer.Ordinal).ToList());

    /// <inheritdoc />
    public void Load(IReadOnlyList<RawDocument> documents, IReadOnlyList<JournalEntry> journal, IReadOnlyList<RawSchemaVersion> versions, IReadOnlyList<RawText> text) =>
        Write(db =>
        {
            FlushJournal();
            foreach (var group in documents.GroupBy(d => d.Collection))
            {
                var fields = IndexFields(group.Key);
                Writable(db, CollectionNames.Documents(group.Key)).InsertBulk(group.Select(d =>
                {
                    var row = new BsonDocument { ["_id"] = d.Id, ["v"] = d.Version, ["b"] = d.Body };
                    if (fields.Length > 0) row["x"] = IndexValues.Of(fields, d.Body);
                    return row;
                }));
            }
            var batches = db.GetCollection(JournalCollection);
            foreach (var chunk in journal.Chunk(JournalBatch))
                batches.Insert(new BsonDocument { ["_id"] = chunk[0].Sequence, ["l"] = chunk[^1].Sequence, ["e"] = new BsonArray(chunk.Select(LiteDbJournal.ToBson)) });
            if (journal.Count > 0)
                db.GetCollection(Meta).Upsert(new BsonDocument { ["_id"] = "journal", ["seq"] = journal.Max(e => e.Sequence), ["n"] = (long)journal.Count });
            _nextSequence = 0;
            foreach (var v in versions)
                db.GetCollection(SchemaCollection).Upsert(new BsonDocument { ["_id"] = v.Owner, ["v"] = v.Version, ["d"] = v.Description, ["t"] = v.AppliedAt.UtcTicks });
            foreach (var group in text.GroupBy(t => t.Collection))
            {
                var col = Writable(db, CollectionNames.Text(group.Key));
                col.EnsureIndex("w", "$.w[*]");
                col.EnsureIndex("d", "$.d");
                col.InsertBulk(group.Select(t => TextSearch.Entry(t.DocId, t.Field, t.Text)));
            }
            return 0;
        });

    /// <inheritdoc />
    public void Rewrite(RawDocument document) => Write(db =>
    {
        var docs = db.GetCollection(CollectionNames.Documents(document.Collection));
        if (docs.FindById(document.Id) is not { } row) return 0;
        row["v"] = row["v"].AsInt64 + 1;
        row["b"] = document.Body;
        var fields = IndexFields(document.Collection);
        if (fields.Length > 0) row["x"] = IndexValues.Of(fields, document.Body);
        docs.Update(row);
        return 0;
    });

    /// <inheritdoc />
    public void RewriteJournal(long sequence, string? before, string? after) => Write(db =>
    {
        FlushJournal();
        var batches = db.GetCollection(JournalCollection);
        foreach (var batch in batches.Find(Query.GTE("l", sequence)))
        {
            if (batch["_id"].AsInt64 > sequence) continue;
            foreach (var value in batch["e"].AsArray)
            {
                var e = value.AsDocument;
                if (e["s"].AsInt64 != sequence) continue;
                if (before is null) e.Remove("b"); else e["b"] = before;
                if (after is null) e.Remove("a"); else e["a"] = after;
                batches.Update(batch);
                return 0;
            }
        }
        return 0;
    });

    /// <inheritdoc />
    public void RewriteText(string collection, string docId, IReadOnlyList<RawText>? text) => Write(db =>
    {
        var col = Writable(db, CollectionNames.Text(collection));
        col.DeleteMany(Query.EQ("d", docId));
        foreach (var t in text ?? []) col.Insert(TextSearch.Entry(t.DocId, t.Field, t.Text));
        return 0;
    });

    /// <inheritdoc />
    public void Remove(string collection, string id) => Write(db => db.GetCollection(CollectionNames.Documents(collection)).Delete(id));

    /// <inheritdoc />
    public void DeleteJournal(IReadOnlyList<long> sequences)
    {
        if (sequences.Count == 0) return;
        Write(db =>
        {
            FlushJournal();
            var doomed = sequences.ToHashSet();
            var batches = db.GetCollection(JournalCollection);
            var removed = 0L;
            foreach (var batch in batches.Find(Query.GTE("l", doomed.Min())).ToList())
            {
                var entries = batch["e"].AsArray;
                var kept = new BsonArray(entries.Where(e => !doomed.Contains(e["s"].AsInt64)));
                if (kept.Count == entries.Count) continue;
                removed += entries.Count - kept.Count;
                if (kept.Count == 0) batches.Delete(batch["_id"]);
                else { batch["e"] = kept; batches.Update(batch); }
            }
            var meta = db.GetCollection(Meta);
            if (meta.FindById("journal") is { } state)
            {
                state["n"] = state["n"].AsInt64 - removed;
                meta.Update(state);
            }
            return 0;
        });
    }
}
