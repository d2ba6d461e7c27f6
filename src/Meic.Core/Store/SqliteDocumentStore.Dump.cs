using System.Globalization;
using Meic.Sdk.Store;

namespace Meic.Core.Store;

public sealed partial class SqliteDocumentStore
{
    /// <inheritdoc />
    public Meic.Core.Privacy.FieldCipher? Cipher { get; set; }

    /// <inheritdoc />
    public IReadOnlyList<string> SensitiveFieldsOf(string collection) => SpecOf(collection)?.SensitiveFields ?? [];

    /// <inheritdoc />
    public IStoreTransaction BeginSnapshot() => BeginTransaction();

    /// <inheritdoc />
    public IReadOnlyList<RawDocument> Documents() =>
        Read("SELECT collection, id, version, body FROM documents ORDER BY collection, id", r => new RawDocument(r.GetString(0), r.GetString(1), r.GetInt64(2), r.GetString(3)));

    /// <inheritdoc />
    public IReadOnlyList<RawText> FullText() =>
        Read("SELECT collection, doc_id, field, text FROM fts ORDER BY collection, doc_id, field", r => new RawText(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3)));

    /// <inheritdoc />
    public IReadOnlyList<RawSchemaVersion> SchemaVersionRows() =>
        Read("SELECT owner, version, description, applied_at FROM schema_versions ORDER BY owner", r => new RawSchemaVersion(
            r.GetString(0), r.GetInt32(1), r.GetStringOrNull(2), DateTimeOffset.Parse(r.GetString(3), CultureInfo.InvariantCulture)));

    /// <inheritdoc />
    public void Load(IReadOnlyList<RawDocument> documents, IReadOnlyList<JournalEntry> journal, IReadOnlyList<RawSchemaVersion> versions, IReadOnlyList<RawText> text)
    {
        FlushJournal();
        using var tx = BeginTransaction();
        foreach (var d in documents)
            Run("INSERT INTO documents(collection, id, version, body) VALUES ($c, $id, $v, $b)", ("$c", d.Collection), ("$id", d.Id), ("$v", d.Version), ("$b", d.Body));
        foreach (var e in journal)
            Run("INSERT INTO journal(seq, at, who, collection, doc_id, kind, before, after) VALUES ($s, $at, $who, $c, $id, $k, $b, $a)",
                ("$s", e.Sequence), ("$at", e.At.ToUniversalTime().ToString("O")), ("$who", e.User), ("$c", e.Collection), ("$id", e.DocumentId),
                ("$k", e.Kind.ToString().ToLowerInvariant()), ("$b", e.Before), ("$a", e.After));
        foreach (var v in versions)
            Run("INSERT INTO schema_versions(owner, version, description, applied_at) VALUES ($o, $v, $d, $t)",
                ("$o", v.Owner), ("$v", v.Version), ("$d", v.Description), ("$t", v.AppliedAt.ToUniversalTime().ToString("O")));
        foreach (var t in text)
            Run("INSERT INTO fts(collection, doc_id, field, text) VALUES ($c, $id, $f, $t)", ("$c", t.Collection), ("$id", t.DocId), ("$f", t.Field), ("$t", t.Text));
        tx.Commit();
    }

    /// <inheritdoc />
    public void Rewrite(RawDocument document) =>
        Run("UPDATE documents SET body = $b, version = version + 1 WHERE collection = $c AND id = $id", ("$b", document.Body), ("$c", document.Collection), ("$id", document.Id));

    /// <inheritdoc />
    public void RewriteJournal(long sequence, string? before, string? after)
    {
        FlushJournal();
        Run("UPDATE journal SET before = $b, after = $a WHERE seq = $s", ("$b", before), ("$a", after), ("$s", sequence));
    }

    /// <inheritdoc />
    public void RewriteText(string collection, string docId, IReadOnlyList<RawText>? text)
    {
        Run("DELETE FROM fts WHERE collection = $c AND doc_id = $id", ("$c", collection), ("$id", docId));
        foreach (var t in text ?? [])
            Run("INSERT INTO fts(collection, doc_id, field, text) VALUES ($c, $id, $f, $t)", ("$c", t.Collection), ("$id", t.DocId), ("$f", t.Field), ("$t", t.Text));
    }

    /// <inheritdoc />
    public void Remove(string collection, string id) => Run("DELETE FROM documents WHERE collection = $c AND id = $id", ("$c", collection), ("$id", id));

    /// <inheritdoc />
    public void DeleteJournal(IReadOnlyList<long> sequences)
    {
        FlushJournal();
        foreach (var s in sequences) Run("DELETE FROM journal WHERE seq = $s", ("$s", s));
    }

    /// <summary>Moves the write-ahead log into the database file and empties it, so freed pages are overwritten on disk (after an erasure).</summary>
    public void Checkpoint()
    {
        FlushJournal();
        Execute("INSERT INTO fts(fts) VALUES('optimize')");
        Rows("PRAGMA wal_checkpoint(TRUNCATE)");
    }

    private void Run(string sql, params (string Name, object? Value)[] parameters)
    {
        using var statement = _db.Cached(sql);
        foreach (var (n, v) in parameters) statement.Bind(n, v);
        statement.Execute();
    }

    private List<T> Read<T>(string sql, Func<SqliteStatement, T> map)
    {
        using var statement = _db.Prepare(sql);
        var list = new List<T>();
        while (statement.Step()) list.Add(map(statement));
        return list;
    }
}
