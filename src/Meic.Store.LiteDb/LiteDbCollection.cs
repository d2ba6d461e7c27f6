using LiteDB;
using Meic.Core.Privacy;
using Meic.Core.Store;
using Meic.Sdk.Errors;
using Meic.Sdk.Model;
using Meic.Sdk.Store;
using Meic.Sdk.Text;
using Newtonsoft.Json.Linq;

namespace Meic.Store.LiteDb;

internal sealed class LiteDbCollection<T>(LiteDbDocumentStore store, string name) : IDocumentCollection<T> where T : Document
{
    private readonly string _documents = CollectionNames.Documents(name);
    private readonly string _text = CollectionNames.Text(name);

    public string Name { get; } = name;

    public T? Get(string id) => store.Session(db => db.GetCollection(_documents).FindById(id) is { } doc ? ToDocument(doc) : null);

    public IReadOnlyList<T> All() => store.Session(db =>
        (IReadOnlyList<T>)db.GetCollection(_documents).FindAll().Select(ToDocument).OrderBy(d => d.Id, StringComparer.Ordinal).ToList());

    public IReadOnlyList<T> Find(params (string Field, object? Value)[] filters)
    {
        var spec = store.SpecOf(Name);
        var wanted = new List<(string Field, JToken Value)>();
        foreach (var (field, value) in filters)
        {
            if (spec?.SensitiveFields.Contains(field) == true)
                throw Meic.Core.Hosting.Worded.Input("store.filter.sealed", field, field);
            var token = IndexValues.ToJson(value);
            if (token.Type is not (JTokenType.String or JTokenType.Integer or JTokenType.Float or JTokenType.Boolean or JTokenType.Null))
                throw Meic.Core.Hosting.Worded.Input("store.filter.jsonType", null, token.Type);
            wanted.Add((field, token));
        }
        return store.Session(db =>
        {
            var docs = db.GetCollection(_documents);
            // An indexed field narrows the scan; every filter is then checked on the document itself.
            var indexed = store.IndexFields(Name);
            var seek = wanted.FirstOrDefault(w => w.Value.Type != JTokenType.Null && indexed.Contains(w.Field));
            var candidates = seek.Field is null
                ? docs.FindAll()
                : docs.Find(Query.EQ("$.x." + IndexValues.Key(seek.Field), IndexValues.ToBson(seek.Value)));
            var list = new List<T>();
            foreach (var doc in candidates)
            {
                var body = doc["b"].AsString;
                var json = JObject.Parse(body);
                if (wanted.All(w => IndexValues.Matches(json.SelectToken(w.Field), w.Value))) list.Add(ToDocument(doc));
            }
            list.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
            return (IReadOnlyList<T>)list;
        });
    }

    public long Count() => store.Session(db => db.GetCollection(_documents).LongCount());

    public T Insert(T document)
    {
        if (string.IsNullOrEmpty(document.Id)) document.Id = Ids.New();
        var body = Sealing.Seal(Json.Serialize(document), store.SpecOf(Name), store.Cipher);
        store.Write(db =>
        {
            var docs = store.Writable(db, _documents);
            try { docs.Insert(Row(document.Id, 1, body)); }
            catch (LiteException e) when (e.ErrorCode == LiteException.INDEX_DUPLICATE_KEY)
            {
                throw new ConflictException(Name, document.Id, 0, docs.FindById(document.Id)?["v"].AsInt64);
            }
            IndexText(db, document.Id, body, replace: false);
            store.AppendJournal(Name, document.Id, ChangeKind.Insert, null, body);
            return 0;
        });
        document.Version = 1;
        return document;
    }

    public T Update(T document)
    {
        var body = Sealing.Seal(Json.Serialize(document), store.SpecOf(Name), store.Cipher);
        store.Write(db =>
        {
            var docs = db.GetCollection(_documents);
            var current = docs.FindById(document.Id);
            if (current is null || current["v"].AsInt64 != document.Version)
                throw new ConflictException(Name, document.Id, document.Version, current?["v"].AsInt64);
            docs.Update(Row(document.Id, document.Version + 1, body));
            IndexText(db, document.Id, body, replace: true);
            store.AppendJournal(Name, document.Id, ChangeKind.Update, current["b"].AsString, body);
            return 0;
        });
        document.Version++;
        return document;
    }

    public void Delete(T document) => store.Write(db =>
    {
        var docs = db.GetCollection(_documents);
        var current = docs.FindById(document.Id);
        if (current is null || current["v"].AsInt64 != document.Version)
            throw new ConflictException(Name, document.Id, document.Version, current?["v"].AsInt64);
        docs.Delete(document.Id);
        RemoveText(db, document.Id);
        store.AppendJournal(Name, document.Id, ChangeKind.Delete, current["b"].AsString, null);
        return 0;
    });

    public IReadOnlyList<SearchHit> Search(string query, int limit = 50)
    {
        var parsed = TextQuery.Parse(query);
        return store.Session(db => TextSearch.Run(db, _text, parsed, limit));
    }

    private BsonDocument Row(string id, long version, string body)
    {
        var row = new BsonDocument { ["_id"] = id, ["v"] = version, ["b"] = body };
        var fields = store.IndexFields(Name);
        if (fields.Length > 0) row["x"] = IndexValues.Of(fields, body);
        return row;
    }

    private void IndexText(LiteDatabase db, string id, string body, bool replace)
    {
        var spec = store.SpecOf(Name);
        if (spec is null || spec.FullText.Count == 0) return;
        if (replace) RemoveText(db, id);
        var text = store.Writable(db, _text);
        foreach (var (field, value) in CollectionSpecs.SearchableText(spec, body)) text.Insert(TextSearch.Entry(id, field, value));
    }

    private void RemoveText(LiteDatabase db, string id)
    {
        store.Writable(db, _text).DeleteMany(Query.EQ("d", id));
    }

    private T ToDocument(BsonDocument row)
    {
        var doc = Json.Deserialize<T>(Sealing.Open(row["b"].AsString, store.Cipher));
        doc.Id = row["_id"].AsString;
        doc.Version = row["v"].AsInt64;
        return doc;
    }
}
