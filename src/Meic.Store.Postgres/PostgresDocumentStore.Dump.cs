using Meic.Core.Store;
using Meic.Sdk.Store;
using Npgsql;
using NpgsqlTypes;

namespace Meic.Store.Postgres;

public sealed partial class PostgresDocumentStore
{
    /// <inheritdoc />
    public Meic.Core.Privacy.FieldCipher? Cipher { get; set; }

    /// <inheritdoc />
    public IReadOnlyList<string> SensitiveFieldsOf(string collection) => SpecOf(collection)?.SensitiveFields ?? [];

    /// <inheritdoc />
    public IReadOnlyList<RawDocument> Documents() =>
        Read("SELECT collection, id, version, body::text FROM documents ORDER BY collection COLLATE \"C\", id COLLATE \"C\"", r => new RawDocument(r.GetString(0), r.GetString(1), r.GetInt64(2), r.GetString(3)));

    /// <inheritdoc />
    public IReadOnlyList<RawText> FullText() =>
        Read("SELECT collection, doc_id, field, text FROM fts ORDER BY collection COLLATE \"C\", doc_id COLLATE \"C\", field COLLATE \"C\"", r => new RawText(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3)));

    /// <inheritdoc />
    public IReadOnlyList<RawSchemaVersion> SchemaVersionRows() =>
        Read("SELECT owner, version, description, applied_at FROM schema_versions ORDER BY owner COLLATE \"C\"", r => new RawSchemaVersion(
            r.GetString(0), r.GetInt32(1), r.IsDBNull(2) ? null : r.GetString(2), new DateTimeOffset(r.GetFieldValue<DateTime>(3), TimeSpan.Zero)));

    /// <inheritdoc />
    public void Load(IReadOnlyList<RawDocument> documents, IReadOnlyList<JournalEntry> journal, IReadOnlyList<RawSchemaVersion> versions, IReadOnlyList<RawText> text) =>
        PostgresErrors.Guard(Location, () =>
        {
            using var tx = BeginTransaction();
            // The copy brings its own verified journal: the trigger would journal each loaded record a second time.
            // Only the owner may switch it off, and only inside this transaction (ALTER TABLE is transactional).
            Execute($"ALTER TABLE documents DISABLE TRIGGER {PostgresJournalSql.JournalTrigger}");
            foreach (var d in documents)
                Run("INSERT INTO documents(collection, id, version, body) VALUES (@c, @id, @v, @b::jsonb)", ("c", d.Collection), ("id", d.Id), ("v", d.Version), ("b", d.Body));
            foreach (var e in journal)
                Run("INSERT INTO journal(seq, at, who, collection, doc_id, kind, before, after) VALUES (@s, @at, @who, @c, @id, @k, @b, @a)",
                    ("s", e.Sequence), ("at", e.At.ToUniversalTime()), ("who", e.User), ("c", e.Collection), ("id", e.DocumentId),
                    ("k", e.Kind.ToString().ToLowerInvariant()), ("b", e.Before), ("a", e.After));
            Execute("SELECT setval(pg_get_serial_sequence('journal', 'seq'), coalesce(max(seq), 0) + 1, false) FROM journal");
            foreach (var v in versions)
                Run("INSERT INTO schema_versions(owner, version, description, applied_at) VALUES (@o, @v, @d, @t)",
                    ("o", v.Owner), ("v", v.Version), ("d", v.Description), ("t", v.AppliedAt.ToUniversalTime()));
            foreach (var t in text) InsertText(t);
            Execute($"ALTER TABLE documents ENABLE TRIGGER {PostgresJournalSql.JournalTrigger}");
            // Each row's owning organisations, derived from its document, and the roles' policies: a partner sees
            // its own records as soon as it has a login.
            var schema = (string)Scalar("SELECT current_schema()")!;
            foreach (var sql in PostgresAccessSql.Enable(schema)) Execute(sql);
            tx.Commit();
            return 0;
        });

    /// <inheritdoc />
    public void Rewrite(RawDocument document) => Rewriting(() =>
        Run("UPDATE documents SET body = @b::jsonb, version = version + 1 WHERE collection = @c AND id = @id", ("b", document.Body), ("c", document.Collection), ("id", document.Id)));

    /// <inheritdoc />
    public void RewriteJournal(long sequence, string? before, string? after)
    {
        if (DatabaseJournals) Run("SELECT meic_journal_rewrite(@s, @b, @a)", ("s", sequence), ("b", before), ("a", after));
        else Run("UPDATE journal SET before = @b, after = @a WHERE seq = @s", ("b", before), ("a", after), ("s", sequence));
    }

    /// <summary>
    /// Runs an erasure's, a key rotation's or a purge's change of stored bodies: the database journals it without the
    /// old body (which is what is being removed), and allows it to coordinators only.
    /// </summary>
    private void Rewriting(Action change)
    {
        if (!DatabaseJournals) { change(); return; }
        using var scope = BeginTransaction();
        Run("SELECT set_config('meic.rewrite', 'on', true), set_config('meic.user', @u, true), set_config('meic.body', '', true)", ("u", User));
        change();
        Run("SELECT set_config('meic.rewrite', '', true)");
        scope.Commit();
    }

    /// <inheritdoc />
    public void RewriteText(string collection, string docId, IReadOnlyList<RawText>? text)
    {
        Run("DELETE FROM fts WHERE collection = @c AND doc_id = @id", ("c", collection), ("id", docId));
        foreach (var t in text ?? []) InsertText(t);
    }

    /// <inheritdoc />
    public void Remove(string collection, string id) => Rewriting(() => Run("DELETE FROM documents WHERE collection = @c AND id = @id", ("c", collection), ("id", id)));

    /// <inheritdoc />
    public void DeleteJournal(IReadOnlyList<long> sequences)
    {
        if (sequences.Count == 0) return;
        if (DatabaseJournals) Run("SELECT meic_journal_forget(@s)", ("s", sequences.ToArray()));
        else Run("DELETE FROM journal WHERE seq = ANY(@s)", ("s", sequences.ToArray()));
    }

    private void InsertText(RawText t) =>
        Run($"INSERT INTO fts(collection, doc_id, field, text, tsv) VALUES (@c, @id, @f, @t, to_tsvector('{PostgresSchema.SearchConfig}', @t))",
            ("c", t.Collection), ("id", t.DocId), ("f", t.Field), ("t", t.Text));

    private void Run(string sql, params (string Name, object? Value)[] parameters) => PostgresErrors.Guard(Location, () =>
    {
        using var cmd = Command(sql);
        foreach (var (n, v) in parameters)
            cmd.Parameters.Add(v is null ? new NpgsqlParameter(n, NpgsqlDbType.Text) { Value = DBNull.Value } : new NpgsqlParameter(n, v));
        return cmd.ExecuteNonQuery();
    });

    private List<T> Read<T>(string sql, Func<NpgsqlDataReader, T> map) => PostgresErrors.Guard(Location, () =>
    {
        using var cmd = Command(sql);
        using var reader = cmd.ExecuteReader();
        var list = new List<T>();
        while (reader.Read()) list.Add(map(reader));
        return list;
    });
}
