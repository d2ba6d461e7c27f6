using Meic.Sdk.Errors;
using Meic.Sdk.Model;
using Meic.Sdk.Store;
using Meic.Sdk.Text;
using Newtonsoft.Json.Linq;

namespace Meic.Core.Store;

internal sealed class SqliteCollection<T>(SqliteDocumentStore store, string name) : IDocumentCollection<T> where T : Document
{
    public string Name { get; } = name;

    public T? Get(string id)
    {
        using var statement = store.Db.Cached("SELECT id, version, body FROM documents WHERE collection = ?1 AND id = ?2");
        statement.Bind(1, Name).Bind(2, id);
        return Read(statement).FirstOrDefault();
    }

    public IReadOnlyList<T> All()
    {
        using var statement = store.Db.Prepare("SELECT id, version, body FROM documents WHERE collection = ?1 ORDER BY id");
        statement.Bind(1, Name);
        return Read(statement);
    }

    public IReadOnlyList<T> Find(params (string Field, object? Value)[] filters)
    {
        // The collection name is inlined (it is validated) so that partial indexes on it apply.
        var sql = new System.Text.StringBuilder($"SELECT id, version, body FROM documents WHERE collection = '{Name}'");
        var parameters = new List<(string Name, object Value)>();
        for (var i = 0; i < filters.Length; i++)
        {
            var (field, value) = filters[i];
            if (store.SpecOf(Name)?.SensitiveFields.Contains(field) == true)
                throw Meic.Core.Hosting.Worded.Input("store.filter.sealed", field, field);
            var path = SqliteSql.FieldPath(field);
            var sqlValue = ToSqlValue(value);
            if (sqlValue is null) sql.Append($" AND json_extract(body, '{path}') IS NULL");
            else
            {
                sql.Append($" AND json_extract(body, '{path}') = $p{i}");
                parameters.Add(($"$p{i}", sqlValue));
            }
        }
        sql.Append(" ORDER BY id");
        using var statement = store.Db.Prepare(sql.ToString());
        foreach (var (name, value) in parameters) statement.Bind(name, value);
        return Read(statement);
    }

    private static object? ToSqlValue(object? value)
    {
        if (value is null) return null;
        var token = JToken.FromObject(value, Newtonsoft.Json.JsonSerializer.Create(Json.Settings));
        return token.Type switch
        {
            JTokenType.String => token.Value<string>(),
            JTokenType.Boolean => token.Value<bool>() ? 1L : 0L,
            JTokenType.Integer => token.Value<long>(),
            JTokenType.Float => token.Value<double>(),
            JTokenType.Null => null,
            _ => throw Meic.Core.Hosting.Worded.Input("store.filter.jsonType", null, token.Type),
        };
    }

    public long Count()
    {
        using var statement = store.Db.Cached("SELECT count(*) FROM documents WHERE collection = ?1");
        statement.Bind(1, Name).Step();
        return statement.GetInt64(0);
    }

    public T Insert(T document)
    {
        if (string.IsNullOrEmpty(document.Id)) document.Id = Ids.New();
        var body = Meic.Core.Privacy.Sealing.Seal(Json.Serialize(document), store.SpecOf(Name), store.Cipher);
        using (var scope = store.BeginTransaction())
        {
            // Prepared once for the connection's life: bulk imports spend their time here.
            using (var insert = store.Db.Cached("INSERT INTO documents(collection, id, version, body) VALUES (?1, ?2, 1, ?3) ON CONFLICT(collection, id) DO NOTHING"))
            {
                if (insert.Bind(1, Name).Bind(2, document.Id).Bind(3, body).Execute() == 0)
                    throw new ConflictException(Name, document.Id, 0, VersionOf(document.Id));
            }
            IndexText(document.Id, body, replace: false);
            store.JournalInsert(Name, document.Id, body);
            scope.Commit();
        }
        document.Version = 1;
        return document;
    }

    public T Update(T document)
    {
        var body = Meic.Core.Privacy.Sealing.Seal(Json.Serialize(document), store.SpecOf(Name), store.Cipher);
        using (var scope = store.BeginTransaction())
        {
            var before = BodyOf(document.Id, out var current);
            if (before is null || current != document.Version)
                throw new ConflictException(Name, document.Id, document.Version, before is null ? null : current);
            using (var update = store.Db.Cached("UPDATE documents SET version = version + 1, body = ?3 WHERE collection = ?1 AND id = ?2 AND version = ?4"))
            {
                if (update.Bind(1, Name).Bind(2, document.Id).Bind(3, body).Bind(4, document.Version).Execute() != 1)
                    throw new ConflictException(Name, document.Id, document.Version, VersionOf(document.Id));
            }
            IndexText(document.Id, body, replace: true);
            store.AppendJournal(Name, document.Id, ChangeKind.Update, before, body);
            scope.Commit();
        }
        document.Version++;
        return document;
    }

    public void Delete(T document)
    {
        using var scope = store.BeginTransaction();
        var before = BodyOf(document.Id, out var current);
        if (before is null || current != document.Version)
            throw new ConflictException(Name, document.Id, document.Version, before is null ? null : current);
        using (var delete = store.Db.Cached("DELETE FROM documents WHERE collection = ?1 AND id = ?2"))
            delete.Bind(1, Name).Bind(2, document.Id).Execute();
        RemoveText(document.Id);
        store.AppendJournal(Name, document.Id, ChangeKind.Delete, before, null);
        scope.Commit();
    }

    public IReadOnlyList<SearchHit> Search(string query, int limit = 50)
    {
        using var statement = store.Db.Prepare("SELECT doc_id, field, snippet(fts, 3, '[', ']', '…', 12) FROM fts WHERE fts MATCH $q AND collection = $c ORDER BY rank LIMIT $n");
        statement.Bind("$q", query).Bind("$c", Name).Bind("$n", limit);
        var hits = new List<SearchHit>();
        try
        {
            while (statement.Step()) hits.Add(new SearchHit(statement.GetString(0), statement.GetString(1), statement.GetString(2)));
        }
        catch (SqliteError e) when (e.Code == SqliteError.Error)
        {
            throw Meic.Core.Hosting.Worded.Input(e, "store.search.syntax", "query", query, e.Message.Replace("SQLite Error 1: ", ""));
        }
        return hits;
    }

    private void IndexText(string id, string body, bool replace)
    {
        var spec = store.SpecOf(Name);
        if (spec is null || spec.FullText.Count == 0) return;
        if (replace) RemoveText(id);
        foreach (var (field, text) in CollectionSpecs.SearchableText(spec, body))
        {
            using var insert = store.Db.Cached("INSERT INTO fts(collection, doc_id, field, text) VALUES (?1, ?2, ?3, ?4)");
            insert.Bind(1, Name).Bind(2, id).Bind(3, field).Bind(4, text).Execute();
        }
    }

    private void RemoveText(string id)
    {
        using var delete = store.Db.Cached("DELETE FROM fts WHERE collection = ?1 AND doc_id = ?2");
        delete.Bind(1, Name).Bind(2, id).Execute();
    }

    private string? BodyOf(string id, out long version)
    {
        using var statement = store.Db.Cached("SELECT version, body FROM documents WHERE collection = ?1 AND id = ?2");
        if (!statement.Bind(1, Name).Bind(2, id).Step()) { version = 0; return null; }
        version = statement.GetInt64(0);
        return statement.GetString(1);
    }

    private long? VersionOf(string id) => BodyOf(id, out var v) is null ? null : v;

    private List<T> Read(SqliteStatement statement)
    {
        var list = new List<T>();
        while (statement.Step())
        {
            var doc = Json.Deserialize<T>(Meic.Core.Privacy.Sealing.Open(statement.GetString(2), store.Cipher));
            doc.Id = statement.GetString(0);
            doc.Version = statement.GetInt64(1);
            list.Add(doc);
        }
        return list;
    }
}
