using Meic.Sdk.Errors;
using Meic.Sdk.Model;
using Meic.Sdk.Store;
using Meic.Sdk.Text;
using Newtonsoft.Json.Linq;
using Npgsql;
using NpgsqlTypes;

namespace Meic.Store.Postgres;

internal sealed class PostgresCollection<T>(PostgresDocumentStore store, string name) : IDocumentCollection<T> where T : Document
{
    public string Name { get; } = name;

    public T? Get(string id)
    {
        var found = Query("SELECT id, version, body FROM documents WHERE collection = @c AND id = @id", ("id", id)).FirstOrDefault();
        if (found is null) Guard(() => { store.RefuseIfHidden(Name, id); return 0; });
        return found;
    }

    public IReadOnlyList<T> All() => Query("SELECT id, version, body FROM documents WHERE collection = @c ORDER BY id COLLATE \"C\"");

    public IReadOnlyList<T> Find(params (string Field, object? Value)[] filters)
    {
        // The collection name is inlined (it is validated) so that the partial indexes on it apply.
        var sql = new System.Text.StringBuilder($"SELECT id, version, body FROM documents WHERE collection = '{Name}'");
        var parameters = new List<(string, object)>();
        for (var i = 0; i < filters.Length; i++)
        {
            var (field, value) = filters[i];
            if (store.SpecOf(Name)?.SensitiveFields.Contains(field) == true)
                throw Meic.Core.Hosting.Worded.Input("store.filter.sealed", field, field);
            var token = value is null ? JValue.CreateNull() : JToken.FromObject(value, Newtonsoft.Json.JsonSerializer.Create(Json.Settings));
            switch (token.Type)
            {
                case JTokenType.Null:
                    sql.Append($" AND coalesce({PostgresSql.JsonPath(field)}, 'null'::jsonb) = 'null'::jsonb"); break;
                case JTokenType.String:
                    sql.Append($" AND ({PostgresSql.TextPath(field)}) = @p{i}"); parameters.Add(($"p{i}", token.Value<string>()!)); break;
                case JTokenType.Boolean or JTokenType.Integer or JTokenType.Float:
                    sql.Append($" AND {PostgresSql.JsonPath(field)} = @p{i}::jsonb"); parameters.Add(($"p{i}", token.ToString(Newtonsoft.Json.Formatting.None))); break;
                default:
                    throw Meic.Core.Hosting.Worded.Input("store.filter.jsonType", null, token.Type);
            }
        }
        sql.Append(" ORDER BY id COLLATE \"C\"");
        return Query(sql.ToString(), parameters.ToArray());
    }

    public long Count() => Guard(() =>
    {
        using var cmd = Command("SELECT count(*) FROM documents WHERE collection = @c");
        return (long)cmd.ExecuteScalar()!;
    });

    public T Insert(T document)
    {
        if (string.IsNullOrEmpty(document.Id)) document.Id = Meic.Core.Store.Ids.New();
        var body = Meic.Core.Privacy.Sealing.Seal(Json.Serialize(document), store.SpecOf(Name), store.Cipher);
        store.Write(() =>
        {
            using var cmd = Command("INSERT INTO documents(collection, id, version, body) VALUES (@c, @id, 1, @body) ON CONFLICT(collection, id) DO NOTHING");
            cmd.Parameters.AddWithValue("id", document.Id);
            cmd.Parameters.AddWithValue("body", NpgsqlDbType.Jsonb, body);
            if (store.ChangeRow(cmd, Name, document.Id, ChangeKind.Insert, null, body) == 0) throw new ConflictException(Name, document.Id, 0, Current(document.Id)?.Version);
            IndexText(document.Id, body, replace: false);
            return 0;
        });
        document.Version = 1;
        return document;
    }

    public T Update(T document)
    {
        if (store.RowSecurity && store.Transaction is null) Get(document.Id); // a refusal is recorded outside the write
        var body = Meic.Core.Privacy.Sealing.Seal(Json.Serialize(document), store.SpecOf(Name), store.Cipher);
        store.Write(() =>
        {
            // FOR UPDATE: a second writer waits here, then sees the new version and is refused.
            var current = Current(document.Id, forUpdate: true);
            if (current is null || current.Value.Version != document.Version)
                throw new ConflictException(Name, document.Id, document.Version, current?.Version);
            using var cmd = Command("UPDATE documents SET version = version + 1, body = @body WHERE collection = @c AND id = @id AND version = @v");
            cmd.Parameters.AddWithValue("id", document.Id);
            cmd.Parameters.AddWithValue("body", NpgsqlDbType.Jsonb, body);
            cmd.Parameters.AddWithValue("v", document.Version);
            if (store.ChangeRow(cmd, Name, document.Id, ChangeKind.Update, current.Value.Body, body) != 1) throw new ConflictException(Name, document.Id, document.Version, Current(document.Id)?.Version);
            IndexText(document.Id, body, replace: true);
            return 0;
        });
        document.Version++;
        return document;
    }

    public void Delete(T document)
    {
        if (store.RowSecurity && store.Transaction is null) Get(document.Id);
        store.Write(() =>
        {
            var current = Current(document.Id, forUpdate: true);
            if (current is null || current.Value.Version != document.Version)
                throw new ConflictException(Name, document.Id, document.Version, current?.Version);
            using var cmd = Command("DELETE FROM documents WHERE collection = @c AND id = @id");
            cmd.Parameters.AddWithValue("id", document.Id);
            RemoveText(document.Id);
            store.ChangeRow(cmd, Name, document.Id, ChangeKind.Delete, current.Value.Body, null);
            return 0;
        });
    }

    public IReadOnlyList<SearchHit> Search(string query, int limit = 50)
    {
        var tsquery = FullTextQuery.ToTsQuery(query);
        return Guard(() =>
        {
            var config = PostgresSchema.SearchConfig;
            using var cmd = Command($"""
                SELECT doc_id, field, ts_headline('{config}', text, q, 'StartSel=[, StopSel=], MaxWords=24, MinWords=8, ShortWord=1, FragmentDelimiter=" … "')
                FROM fts, to_tsquery('{config}', @q) q
                WHERE collection = @c AND tsv @@ q
                ORDER BY ts_rank(tsv, q) DESC, doc_id LIMIT @n
                """);
            cmd.Parameters.AddWithValue("q", tsquery);
            cmd.Parameters.AddWithValue("n", limit);
            var hits = new List<SearchHit>();
            using var reader = cmd.ExecuteReader();
            while (reader.Read()) hits.Add(new SearchHit(reader.GetString(0), reader.GetString(1), reader.GetString(2)));
            return hits;
        });
    }

    private void IndexText(string id, string body, bool replace)
    {
        var spec = store.SpecOf(Name);
        if (spec is null || spec.FullText.Count == 0) return;
        if (replace) RemoveText(id);
        foreach (var (field, text) in Meic.Core.Store.CollectionSpecs.SearchableText(spec, body))
        {
            using var cmd = Command($"INSERT INTO fts(collection, doc_id, field, text, tsv) VALUES (@c, @id, @f, @t, to_tsvector('{PostgresSchema.SearchConfig}', @t))");
            cmd.Parameters.AddWithValue("id", id);
            cmd.Parameters.AddWithValue("f", field);
            cmd.Parameters.AddWithValue("t", text);
            cmd.ExecuteNonQuery();
        }
    }

    private void RemoveText(string id)
    {
        using var cmd = Command("DELETE FROM fts WHERE collection = @c AND doc_id = @id");
        cmd.Parameters.AddWithValue("id", id);
        cmd.ExecuteNonQuery();
    }

    private (long Version, string Body)? Current(string id, bool forUpdate = false)
    {
        using var cmd = Command("SELECT version, body::text FROM documents WHERE collection = @c AND id = @id" + (forUpdate ? " FOR UPDATE" : ""));
        cmd.Parameters.AddWithValue("id", id);
        using var reader = cmd.ExecuteReader();
        if (!reader.Read()) return null;
        return (reader.GetInt64(0), reader.GetString(1));
    }

    private TResult Guard<TResult>(Func<TResult> work) => PostgresErrors.Guard(store.Location, work);

    private NpgsqlCommand Command(string sql)
    {
        var cmd = store.Command(sql);
        cmd.Parameters.AddWithValue("c", Name);
        return cmd;
    }

    private List<T> Query(string sql, params (string Name, object Value)[] parameters) => Guard(() =>
    {
        using var cmd = Command(sql);
        foreach (var (n, v) in parameters) cmd.Parameters.AddWithValue(n, v);
        var list = new List<T>();
        using var reader = cmd.ExecuteReader();
        while (reader.Read())
        {
            var body = reader.GetString(2);
            var doc = Json.Deserialize<T>(store.SeesPersonalData ? Meic.Core.Privacy.Sealing.Open(body, store.Cipher) : Meic.Core.Privacy.Sealing.Withhold(body)!);
            doc.Id = reader.GetString(0);
            doc.Version = reader.GetInt64(1);
            list.Add(doc);
        }
        return list;
    });
}
