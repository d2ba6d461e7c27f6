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

/// <summary>One thing <c>meic doctor</c> found wrong with a PostgreSQL store: a key of the host's strings and its arguments.</summary>
public sealed record PostgresProblem(string Key, params string[] Args);

public sealed partial class PostgresDocumentStore
{
    /// <summary>
    /// Whether the database still enforces what it should (journal triggers, row-level security, the roles' policies,
    /// no role writing the journal or reading the users) and what looks forged or lost: more than one cluster record,
    /// documents with no journal entry, journal entries whose document is gone without a deletion.
    /// </summary>
    public IReadOnlyList<PostgresProblem> CheckAccess() => PostgresErrors.Guard(Location, () =>
    {
        var problems = new List<PostgresProblem>();
        List<string> Rows(string sql)
        {
            using var cmd = Command(sql);
            using var reader = cmd.ExecuteReader();
            var list = new List<string>();
            while (reader.Read()) list.Add(reader.IsDBNull(0) ? "" : reader.GetValue(0).ToString()!);
            return list;
        }
        foreach (var trigger in new[] { "meic_documents_derive", PostgresJournalSql.JournalTrigger })
            if (Rows($"SELECT tgenabled::text FROM pg_trigger WHERE tgrelid = to_regclass('documents') AND tgname = '{trigger}'") is not ["O"] and not ["A"])
                problems.Add(new("doctor.pg.noTrigger", trigger));
        var hasUsers = Scalar("SELECT to_regclass('meic_users') IS NOT NULL") is true
            && Scalar("SELECT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'meic_partner')") is true
            && (Rows("SELECT count(*) FROM pg_policies WHERE schemaname = current_schema()") is [var n] && n != "0"
                || (Role is "owner" && Rows("SELECT count(*) FROM meic_users") is [var u] && u != "0"));
        if (hasUsers)
        {
            foreach (var table in PostgresAccessSql.Tables)
                if (Scalar($"SELECT relrowsecurity FROM pg_class WHERE oid = to_regclass('{table}')") is not true)
                    problems.Add(new("doctor.pg.noRowSecurity", table));
            var present = Rows("SELECT tablename || '/' || policyname FROM pg_policies WHERE schemaname = current_schema()").ToHashSet();
            foreach (var (table, policy) in PostgresAccessSql.ExpectedPolicies)
                if (!present.Contains($"{table}/{policy}")) problems.Add(new("doctor.pg.noPolicy", policy, table));
            foreach (var role in PostgresAccessSql.Roles)
            {
                var group = PostgresAccessSql.Group(role);
                foreach (var privilege in new[] { "INSERT", "UPDATE", "DELETE" })
                    if (Scalar($"SELECT has_table_privilege('{group}', 'journal', '{privilege}')") is true)
                        problems.Add(new("doctor.pg.journalWritable", group, privilege));
                if (role != "coordinator" && Scalar($"SELECT has_table_privilege('{group}', 'meic_users', 'SELECT')") is true)
                    problems.Add(new("doctor.pg.usersReadable", group));
            }
        }
        if (Rows("SELECT count(*) FROM documents WHERE collection = 'cluster'") is [var clusters] && long.Parse(clusters) > 1)
            problems.Add(new("doctor.pg.clusters", clusters));
        foreach (var doc in Rows("SELECT d.collection || '/' || d.id FROM documents d WHERE NOT EXISTS (SELECT 1 FROM journal j WHERE j.collection = d.collection AND j.doc_id = d.id) ORDER BY 1 LIMIT 20"))
            problems.Add(new("doctor.pg.unjournaled", doc));
        foreach (var doc in Rows("""
            SELECT j.collection || '/' || j.doc_id FROM journal j
            WHERE j.seq = (SELECT max(seq) FROM journal k WHERE k.collection = j.collection AND k.doc_id = j.doc_id) AND j.kind <> 'delete'
              AND NOT EXISTS (SELECT 1 FROM documents d WHERE d.collection = j.collection AND d.id = j.doc_id) ORDER BY 1 LIMIT 20
            """))
            problems.Add(new("doctor.pg.orphanJournal", doc));
        return (IReadOnlyList<PostgresProblem>)problems;
    });
}
