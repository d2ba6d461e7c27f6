using Meic.Sdk.Errors;
using Meic.Sdk.Model;
using Meic.Sdk.Store;
using Meic.Sdk.Text;
using Microsoft.Data.Sqlite;
using Newtonsoft.Json.Linq;

namespace Meic.Core.Store;

internal sealed class SqliteCollection<T>(SqliteDocumentStore store, string name) : IDocumentCollection<T> where T : Document
{
    public string Name { get; } = name;

    public T? Get(string id)
    {
        using var cmd = Command("SELECT id, version, body FROM documents WHERE collection = $c AND id = $id");
        cmd.Parameters.AddWithValue("$id", id);
        return Read(cmd).FirstOrDefault();
    }

    public IReadOnlyList<T> All()
    {
        using var cmd = Command("SELECT id, version, body FROM documents WHERE collection = $c ORDER BY id");
        return Read(cmd);
    }

    public IReadOnlyList<T> Find(params (string Field, object? Value)[] filters)
    {
        // The collection name is inlined (it is validated) so that partial indexes on it apply.
        var sql = new System.Text.StringBuilder($"SELECT id, version, body FROM documents WHERE collection = '{Name}'");
        using var cmd = store.Connection.CreateCommand();
        cmd.Transaction = store.Transaction;
        for (var i = 0; i < filters.Length; i++)
        {
            var (field, value) = filters[i];
            if (store.SpecOf(Name)?.SensitiveFields.Contains(field) == true)
                throw new InputException($"'{field}' is encrypted at rest and cannot be filtered on.", field);
            var path = SqliteSql.FieldPath(field);
            var sqlValue = ToSqlValue(value);
            if (sqlValue is null) sql.Append($" AND json_extract(body, '{path}') IS NULL");
            else
            {
                sql.Append($" AND json_extract(body, '{path}') = $p{i}");
                cmd.Parameters.AddWithValue($"$p{i}", sqlValue);
            }
        }
        sql.Append(" ORDER BY id");
        cmd.CommandText = sql.ToString();
        return Read(cmd);
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
            _ => throw new InputException($"cannot filter on a value of JSON type {token.Type}."),
        };
    }

    public long Count()
    {
        using var cmd = Command("SELECT count(*) FROM documents WHERE collection = $c");
        return (long)cmd.ExecuteScalar()!;
    }

    public T Insert(T document)
    {
        if (string.IsNullOrEmpty(document.Id)) document.Id = Ids.New();
        var body = Meic.Core.Privacy.Sealing.Seal(Json.Serialize(document), store.SpecOf(Name), store.Cipher);
        store.Write(_ =>
        {
            // One command, two statements: the document and its journal row in a single round trip
            // (the journal row only when the insert happened). Bulk imports spend their time here.
            var cmd = store.Cached("insert", () => SqliteSql.Prepare(store.Connection,
                "INSERT INTO documents(collection, id, version, body) VALUES ($c, $id, 1, $body) ON CONFLICT(collection, id) DO NOTHING;"
                + " INSERT INTO journal(at, who, collection, doc_id, kind) SELECT $at, $who, $c, $id, 'insert' WHERE changes() = 1",
                "$c", "$id", "$body", "$at", "$who"));
            cmd.Parameters[0].Value = Name;
            cmd.Parameters[1].Value = document.Id;
            cmd.Parameters[2].Value = body;
            cmd.Parameters[3].Value = store.TransactionStartText;
            cmd.Parameters[4].Value = store.User;
            if (cmd.ExecuteNonQuery() == 0)
                throw new ConflictException(Name, document.Id, 0, VersionOf(document.Id));
            IndexText(document.Id, body, replace: false);
            store.Journaled(Name, document.Id, ChangeKind.Insert, null, body);
            return 0;
        });
        document.Version = 1;
        return document;
    }

    public T Update(T document)
    {
        var body = Meic.Core.Privacy.Sealing.Seal(Json.Serialize(document), store.SpecOf(Name), store.Cipher);
        store.Write(_ =>
        {
            var before = BodyOf(document.Id, out var current);
            if (before is null || current != document.Version)
                throw new ConflictException(Name, document.Id, document.Version, before is null ? null : current);
            var cmd = store.Cached("update", () => SqliteSql.Prepare(store.Connection,
                "UPDATE documents SET version = version + 1, body = $body WHERE collection = $c AND id = $id AND version = $v", "$c", "$id", "$body", "$v"));
            cmd.Parameters[0].Value = Name;
            cmd.Parameters[1].Value = document.Id;
            cmd.Parameters[2].Value = body;
            cmd.Parameters[3].Value = document.Version;
            if (cmd.ExecuteNonQuery() != 1) throw new ConflictException(Name, document.Id, document.Version, VersionOf(document.Id));
            IndexText(document.Id, body, replace: true);
            store.AppendJournal(Name, document.Id, ChangeKind.Update, before, body);
            return 0;
        });
        document.Version++;
        return document;
    }

    public void Delete(T document)
    {
        store.Write(_ =>
        {
            var before = BodyOf(document.Id, out var current);
            if (before is null || current != document.Version)
                throw new ConflictException(Name, document.Id, document.Version, before is null ? null : current);
            using var cmd = Command("DELETE FROM documents WHERE collection = $c AND id = $id");
            cmd.Parameters.AddWithValue("$id", document.Id);
            cmd.ExecuteNonQuery();
            RemoveText(document.Id);
            store.AppendJournal(Name, document.Id, ChangeKind.Delete, before, null);
            return 0;
        });
    }

    public IReadOnlyList<SearchHit> Search(string query, int limit = 50)
    {
        using var cmd = Command("SELECT doc_id, field, snippet(fts, 3, '[', ']', '…', 12) FROM fts WHERE fts MATCH $q AND collection = $c ORDER BY rank LIMIT $n");
        cmd.Parameters.AddWithValue("$q", query);
        cmd.Parameters.AddWithValue("$n", limit);
        var hits = new List<SearchHit>();
        try
        {
            using var reader = cmd.ExecuteReader();
            while (reader.Read()) hits.Add(new SearchHit(reader.GetString(0), reader.GetString(1), reader.GetString(2)));
        }
        catch (SqliteException e) when (e.SqliteErrorCode == 1)
        {
            throw new InputException($"the search '{query}' is not valid full-text syntax ({e.Message.Replace("SQLite Error 1: ", "")}); put phrases in double quotes.", "query", e);
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
            using var cmd = Command("INSERT INTO fts(collection, doc_id, field, text) VALUES ($c, $id, $f, $t)");
            cmd.Parameters.AddWithValue("$id", id);
            cmd.Parameters.AddWithValue("$f", field);
            cmd.Parameters.AddWithValue("$t", text);
            cmd.ExecuteNonQuery();
        }
    }

    private void RemoveText(string id)
    {
        using var cmd = Command("DELETE FROM fts WHERE collection = $c AND doc_id = $id");
        cmd.Parameters.AddWithValue("$id", id);
        cmd.ExecuteNonQuery();
    }

    private string? BodyOf(string id, out long version)
    {
        using var cmd = Command("SELECT version, body FROM documents WHERE collection = $c AND id = $id");
        cmd.Parameters.AddWithValue("$id", id);
        using var reader = cmd.ExecuteReader();
        if (!reader.Read()) { version = 0; return null; }
        version = reader.GetInt64(0);
        return reader.GetString(1);
    }

    private long? VersionOf(string id) => BodyOf(id, out var v) is null ? null : v;

    private SqliteCommand Command(string sql)
    {
        var cmd = store.Connection.CreateCommand();
        cmd.Transaction = store.Transaction;
        cmd.CommandText = sql;
        cmd.Parameters.AddWithValue("$c", Name);
        return cmd;
    }

    private List<T> Read(SqliteCommand cmd)
    {
        var list = new List<T>();
        using var reader = cmd.ExecuteReader();
        while (reader.Read())
        {
            var doc = Json.Deserialize<T>(Meic.Core.Privacy.Sealing.Open(reader.GetString(2), store.Cipher));
            doc.Id = reader.GetString(0);
            doc.Version = reader.GetInt64(1);
            list.Add(doc);
        }
        return list;
    }
}
