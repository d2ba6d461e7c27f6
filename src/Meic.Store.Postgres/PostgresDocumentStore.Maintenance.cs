using Meic.Core.Store;
using Meic.Sdk.Store;

namespace Meic.Store.Postgres;

public sealed partial class PostgresDocumentStore
{
    /// <inheritdoc />
    public IReadOnlyList<int> Migrate(string owner, IReadOnlyList<Migration> migrations)
    {
        var ran = new List<int>();
        if (!migrations.Any(m => m.Version > SchemaVersion(owner))) return ran;
        using var tx = BeginTransaction();
        // One migrator at a time per owner; the version is re-read under the lock.
        PostgresErrors.Guard(Location, () =>
        {
            using var lockCmd = Command("SELECT pg_advisory_xact_lock(hashtext(current_schema() || '/migrate/' || @o))");
            lockCmd.Parameters.AddWithValue("o", owner);
            return lockCmd.ExecuteScalar();
        });
        var current = SchemaVersion(owner);
        foreach (var m in migrations.OrderBy(m => m.Version).Where(m => m.Version > current))
        {
            m.Apply(this);
            PostgresErrors.Guard(Location, () =>
            {
                using var cmd = Command("INSERT INTO schema_versions(owner, version, description, applied_at) VALUES (@o, @v, @d, now()) ON CONFLICT(owner) DO UPDATE SET version = @v, description = @d, applied_at = now()");
                cmd.Parameters.AddWithValue("o", owner);
                cmd.Parameters.AddWithValue("v", m.Version);
                cmd.Parameters.AddWithValue("d", m.Description);
                return cmd.ExecuteNonQuery();
            });
            ran.Add(m.Version);
        }
        tx.Commit();
        return ran;
    }

    /// <inheritdoc />
    public int SchemaVersion(string owner) => PostgresErrors.Guard(Location, () =>
    {
        using var cmd = Command("SELECT version FROM schema_versions WHERE owner = @o");
        cmd.Parameters.AddWithValue("o", owner);
        return cmd.ExecuteScalar() is int v ? v : 0;
    });

    /// <summary>Every owner's recorded schema version.</summary>
    public IReadOnlyDictionary<string, int> SchemaVersions() => PostgresErrors.Guard(Location, () =>
    {
        var versions = new SortedDictionary<string, int>(StringComparer.Ordinal);
        using var cmd = Command("SELECT owner, version FROM schema_versions");
        using var reader = cmd.ExecuteReader();
        while (reader.Read()) versions[reader.GetString(0)] = reader.GetInt32(1);
        return (IReadOnlyDictionary<string, int>)versions;
    });

    /// <inheritdoc />
    public IReadOnlyDictionary<string, long> Counts() => PostgresErrors.Guard(Location, () =>
    {
        var counts = new CollectionCounts();
        using var cmd = Command("SELECT collection, count(*) FROM documents GROUP BY collection");
        using var reader = cmd.ExecuteReader();
        while (reader.Read()) counts.Set(reader.GetString(0), reader.GetInt64(1));
        return (IReadOnlyDictionary<string, long>)counts;
    });

    /// <inheritdoc />
    public IReadOnlyList<string> CheckIntegrity() => PostgresErrors.Guard(Location, () =>
    {
        var problems = new List<string>();
        void Check(string sql, Func<string, string> describe)
        {
            using var cmd = Command(sql);
            using var reader = cmd.ExecuteReader();
            while (reader.Read()) problems.Add(describe(reader.GetString(0)));
        }
        Check("SELECT collection || '/' || id FROM documents WHERE jsonb_typeof(body) <> 'object'", d => $"document {d}: its body is not a JSON object");
        Check("SELECT collection || '/' || id FROM documents WHERE version < 1", d => $"document {d}: its version is below 1");
        Check("SELECT DISTINCT f.collection || '/' || f.doc_id FROM fts f LEFT JOIN documents d ON d.collection = f.collection AND d.id = f.doc_id WHERE d.id IS NULL",
            d => $"full-text index: entry for {d}, which does not exist");
        Check("SELECT DISTINCT collection || '/' || doc_id FROM fts WHERE tsv::text <> to_tsvector('" + PostgresSchema.SearchConfig + "', text)::text",
            d => $"full-text index: stale entry for {d}");
        Check("SELECT seq::text FROM journal WHERE (kind = 'insert' AND after IS NULL) OR (kind = 'delete' AND before IS NULL)",
            s => $"journal entry {s}: missing its document body");
        return (IReadOnlyList<string>)problems;
    });
}
