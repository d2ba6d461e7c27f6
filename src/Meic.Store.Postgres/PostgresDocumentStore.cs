using Meic.Sdk.Errors;
using Meic.Sdk.Model;
using Meic.Sdk.Store;
using Meic.Sdk.Text;
using Npgsql;
using NpgsqlTypes;

namespace Meic.Store.Postgres;

/// <summary>The document store on a PostgreSQL server: JSONB documents, the same contract and journal as the SQLite store.</summary>
public sealed partial class PostgresDocumentStore : IDocumentStore, Meic.Core.Store.IStoreDump
{
    /// <summary>The store format this build reads and writes (meic_meta.format).</summary>
    public const int Format = 1;

    private readonly NpgsqlConnection _connection;
    private readonly Dictionary<string, CollectionSpec> _specs = new(StringComparer.Ordinal);
    private readonly List<JournalEntry> _pending = new();
    private NpgsqlTransaction? _transaction;
    private int _depth;
    private bool _rollbackOnly;

    private PostgresDocumentStore(string connectionString, NpgsqlConnection connection)
    {
        ConnectionString = connectionString;
        Location = PostgresConnectionString.Location(connectionString);
        _connection = connection;
        Journal = new PostgresJournal(this);
    }

    /// <summary>The Npgsql connection string (with its password: never show it).</summary>
    public string ConnectionString { get; }

    /// <summary>Server, database and schema without credentials.</summary>
    public string Location { get; }

    /// <inheritdoc />
    public StoreInfo Info => new("postgres", Location);

    /// <inheritdoc />
    public IJournal Journal { get; }

    /// <inheritdoc />
    public string User { get => _user; set { if (!_userFixed) _user = value; } }

    private string _user = Environment.UserName;
    private bool _userFixed;

    /// <summary>Whether full-text search folds accents (the unaccent extension is installed).</summary>
    public bool FoldsAccents { get; private set; }

    /// <inheritdoc />
    public event Action<IReadOnlyList<JournalEntry>>? Committed;

    internal NpgsqlConnection Connection => _connection;
    internal NpgsqlTransaction? Transaction => _transaction;

    /// <summary>Opens the store at <paramref name="connectionString"/> (URL or key=value); <paramref name="create"/> sets up the tables when missing.</summary>
    /// <exception cref="InputException">Wrong login, missing database, no store there, or a store from a newer toolkit.</exception>
    public static PostgresDocumentStore Open(string connectionString, bool create = false)
    {
        var cs = PostgresConnectionString.Normalise(connectionString);
        var location = PostgresConnectionString.Location(cs);
        var connection = new NpgsqlConnection(cs);
        try
        {
            PostgresErrors.Guard(location, () => { connection.Open(); return 0; });
            if (create) PostgresErrors.Guard(location, () => { CreateSchemaIfMissing(connection, cs); return 0; });
            var store = new PostgresDocumentStore(cs, connection);
            PostgresErrors.Guard(location, () => { store.Initialise(create); return 0; });
            return store;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>A copy to <c>?schema=S</c> makes the schema when it is not there yet (one schema holds one cluster).</summary>
    private static void CreateSchemaIfMissing(NpgsqlConnection connection, string connectionString)
    {
        var path = new NpgsqlConnectionStringBuilder(connectionString).SearchPath;
        if (string.IsNullOrWhiteSpace(path)) return;
        var schema = path.Split(',')[0].Trim().Trim('"');
        using var check = new NpgsqlCommand("SELECT current_schema() IS NULL", connection);
        if (check.ExecuteScalar() is not true) return;
        using var create = new NpgsqlCommand($"CREATE SCHEMA IF NOT EXISTS \"{schema.Replace("\"", "\"\"")}\"", connection);
        create.ExecuteNonQuery();
    }

    private void Initialise(bool create)
    {
        var version = StoredFormat();
        if (version > Format)
            throw Meic.Core.Hosting.Worded.Input("store.newer", Location, version, Format);
        if (version == 0)
        {
            if (!create) throw Meic.Core.Hosting.Worded.Input("store.pg.empty", Location);
            var unaccent = EnsureUnaccent();
            using var tx = _connection.BeginTransaction();
            Execute("SELECT pg_advisory_xact_lock(hashtext(current_schema() || '/meic-init'))", tx);
            if (StoredFormat(tx) == 0)
            {
                foreach (var sql in PostgresSchema.Create) Execute(sql, tx);
                Execute($"CREATE TEXT SEARCH CONFIGURATION {PostgresSchema.SearchConfig} (COPY = pg_catalog.simple)", tx);
                if (unaccent is not null)
                    Execute($"ALTER TEXT SEARCH CONFIGURATION {PostgresSchema.SearchConfig} ALTER MAPPING FOR hword, hword_part, word WITH {unaccent}, pg_catalog.simple", tx);
                Execute($"INSERT INTO meic_meta(key, value) VALUES ('format', '{Format}'), ('created', now()::text)", tx);
                foreach (var sql in PostgresJournalSql.Install()) Execute(sql, tx);
            }
            tx.Commit();
        }
        else if (Scalar("SELECT value FROM meic_meta WHERE key = 'journal'") as string != PostgresJournalSql.Marker && OwnsTheStore())
        {
            // A store from before the database wrote its own journal: its owner installs the triggers once.
            using var tx = _connection.BeginTransaction();
            Execute("SELECT pg_advisory_xact_lock(hashtext(current_schema() || '/meic-init'))", tx);
            foreach (var sql in PostgresJournalSql.Install()) Execute(sql, tx);
            tx.Commit();
        }
        DatabaseJournals = Scalar("SELECT value FROM meic_meta WHERE key = 'journal'") as string == PostgresJournalSql.Marker;
        RefreshRole();
        FoldsAccents = Scalar($"SELECT to_tsvector('{PostgresSchema.SearchConfig}', 'à')::text") as string == "'a':1";
    }

    /// <summary>Whether the login owns the store's tables (the database owner, who may change its shape).</summary>
    internal bool OwnsTheStore() =>
        Scalar("SELECT pg_has_role(session_user, tableowner, 'USAGE') FROM pg_tables WHERE schemaname = current_schema() AND tablename = 'documents'") is true;

    /// <summary>Whether triggers in the database write the journal (every store this toolkit creates or has opened as its owner).</summary>
    public bool DatabaseJournals { get; private set; }

    private int StoredFormat(NpgsqlTransaction? tx = null)
    {
        if (Scalar("SELECT to_regclass('meic_meta') IS NOT NULL", tx) is not true) return 0;
        return int.Parse((string)Scalar("SELECT value FROM meic_meta WHERE key = 'format'", tx)!);
    }

    /// <summary>The qualified unaccent dictionary, installing the extension when allowed; null when not available.</summary>
    private string? EnsureUnaccent()
    {
        string? Find() => Scalar("SELECT quote_ident(n.nspname) || '.unaccent' FROM pg_ts_dict d JOIN pg_namespace n ON n.oid = d.dictnamespace WHERE d.dictname = 'unaccent' LIMIT 1") as string;
        if (Find() is { } found) return found;
        // An extension belongs to the database: two clusters created at once would race to install it, so the
        // second waits for the first under one lock for the database and then finds it.
        using (var tx = _connection.BeginTransaction())
        {
            try
            {
                Execute("SELECT pg_advisory_xact_lock(hashtext('meic/unaccent'))", tx);
                if (Find() is null) Execute("CREATE EXTENSION IF NOT EXISTS unaccent SCHEMA public", tx);
                tx.Commit();
            }
            catch (PostgresException) { /* not installed on the server, or not allowed: search then matches accents exactly */ }
        }
        return Find();
    }

    /// <inheritdoc />
    public void Declare(CollectionSpec spec)
    {
        _ = new CollectionSpec(spec.Name);
        _specs[spec.Name] = _specs.TryGetValue(spec.Name, out var known) ? Meic.Core.Store.CollectionSpecs.Merge(known, spec) : spec;
        foreach (var field in spec.Indexes)
        {
            var index = $"ix_{spec.Name}_{field}".Replace('.', '_').Replace('-', '_').ToLowerInvariant();
            if (index.Length > 63) index = index[..63];
            PostgresErrors.Guard(Location, () =>
            {
                if (Scalar($"SELECT to_regclass('{index}') IS NOT NULL") is true) return 0;
                // Only the owner creates indexes (they only speed queries up): a person's login skips them, since a
                // refused statement would abort the transaction it is declared in (an erasure's privacy log entry).
                if (Scalar("SELECT pg_has_role(current_user, (SELECT relowner FROM pg_class WHERE oid = to_regclass('documents')), 'USAGE')") is not true) return 0;
                // Another process may create it at the same moment: that is fine, it exists either way; a savepoint
                // keeps the caller's transaction alive when it does.
                _transaction?.Save("meic_index");
                try
                {
                    Execute($"CREATE INDEX IF NOT EXISTS \"{index}\" ON documents(({PostgresSql.TextPath(field)})) WHERE collection = '{spec.Name}'");
                    _transaction?.Release("meic_index");
                }
                catch (PostgresException e) when (e.SqlState is "23505" or "42P07" or "42501") { _transaction?.Rollback("meic_index"); }
                return 0;
            });
        }
    }

    internal CollectionSpec? SpecOf(string collection) => _specs.GetValueOrDefault(collection);

    /// <summary>Every collection declared so far.</summary>
    public IReadOnlyCollection<CollectionSpec> Declared => _specs.Values;

    /// <inheritdoc />
    public IDocumentCollection<T> Collection<T>(string name) where T : Document
    {
        _ = new CollectionSpec(name);
        return new PostgresCollection<T>(this, name);
    }

    /// <inheritdoc />
    public IStoreTransaction BeginTransaction() => Begin(System.Data.IsolationLevel.ReadCommitted);

    /// <inheritdoc />
    public IStoreTransaction BeginSnapshot() => Begin(System.Data.IsolationLevel.RepeatableRead);

    private IStoreTransaction Begin(System.Data.IsolationLevel isolation)
    {
        if (_depth == 0)
        {
            _transaction = PostgresErrors.Guard(Location, () => _connection.BeginTransaction(isolation));
            _pending.Clear();
            _rollbackOnly = false;
        }
        _depth++;
        return new Scope(this);
    }

    private void End(bool commit)
    {
        if (_depth == 0) return;
        if (!commit) _rollbackOnly = true;
        _depth--;
        if (_depth > 0) return;
        var tx = _transaction!;
        _transaction = null;
        try
        {
            if (_rollbackOnly)
            {
                try { tx.Rollback(); }
                catch (Exception e) when (e is NpgsqlException or InvalidOperationException) { /* the server went away: it rolls back by itself */ }
                _pending.Clear();
                return;
            }
            PostgresErrors.Guard(Location, () => { tx.Commit(); return 0; });
        }
        finally { tx.Dispose(); }
        var changes = _pending.ToArray();
        _pending.Clear();
        if (changes.Length > 0) Committed?.Invoke(changes);
    }

    private sealed class Scope(PostgresDocumentStore store) : IStoreTransaction
    {
        private bool _done;
        public void Commit() { if (_done) return; _done = true; store.End(commit: true); }
        public void Dispose() { if (_done) return; _done = true; store.End(commit: false); }
    }

    /// <summary>Runs <paramref name="work"/> in a transaction: the current one, or a new one committed at the end.</summary>
    internal TResult Write<TResult>(Func<TResult> work)
    {
        using var scope = BeginTransaction();
        var result = PostgresErrors.Guard(Location, work);
        scope.Commit();
        return result;
    }

    /// <summary>
    /// Runs one change of one document (<paramref name="cmd"/>, which must touch at most one row) and records its journal
    /// entry: read back from the database's own trigger, or (on a store without it) written here.
    /// Returns the number of rows changed.
    /// </summary>
    internal int ChangeRow(NpgsqlCommand cmd, string collection, string id, ChangeKind kind, string? before, string? after)
    {
        if (!DatabaseJournals)
        {
            var n = cmd.ExecuteNonQuery();
            if (n == 1) AppendJournal(collection, id, kind, before, after);
            return n;
        }
        using (var set = Command("SELECT set_config('meic.user', @u, true), set_config('meic.body', @b, true)"))
        {
            set.Parameters.AddWithValue("u", User);
            set.Parameters.AddWithValue("b", after ?? "");
            set.ExecuteNonQuery();
        }
        var rows = cmd.ExecuteNonQuery();
        if (rows != 1) return rows;
        var journaled = ((string?)Scalar("SELECT current_setting('meic.journaled', true)"))!.Split(' ', 3);
        var at = DateTimeOffset.FromUnixTimeMilliseconds(0).AddTicks(long.Parse(journaled[1]) * 10);
        _pending.Add(new JournalEntry(long.Parse(journaled[0]), at, journaled[2], collection, id, kind, before, after));
        return rows;
    }

    private void AppendJournal(string collection, string id, ChangeKind kind, string? before, string? after)
    {
        // Microseconds: what timestamptz keeps, so the entry read back equals the one raised.
        var now = DateTimeOffset.UtcNow;
        var at = new DateTimeOffset(now.Ticks - now.Ticks % 10, TimeSpan.Zero);
        using var cmd = Command("INSERT INTO journal(at, who, collection, doc_id, kind, before, after) VALUES (@at, @who, @c, @id, @k, @b, @a) RETURNING seq");
        cmd.Parameters.AddWithValue("at", at);
        cmd.Parameters.AddWithValue("who", User);
        cmd.Parameters.AddWithValue("c", collection);
        cmd.Parameters.AddWithValue("id", id);
        cmd.Parameters.AddWithValue("k", kind.ToString().ToLowerInvariant());
        cmd.Parameters.AddWithValue("b", NpgsqlDbType.Text, (object?)before ?? DBNull.Value);
        cmd.Parameters.AddWithValue("a", NpgsqlDbType.Text, (object?)after ?? DBNull.Value);
        var seq = (long)cmd.ExecuteScalar()!;
        _pending.Add(new JournalEntry(seq, at, User, collection, id, kind, before, after));
    }

    internal NpgsqlCommand Command(string sql, NpgsqlTransaction? tx = null) => new(sql, _connection, tx ?? _transaction);

    internal void Execute(string sql, NpgsqlTransaction? tx = null)
    {
        using var cmd = Command(sql, tx);
        cmd.ExecuteNonQuery();
    }

    internal object? Scalar(string sql, NpgsqlTransaction? tx = null)
    {
        using var cmd = Command(sql, tx);
        return cmd.ExecuteScalar();
    }

    internal object? Scalar(string sql, params (string Name, object Value)[] parameters)
    {
        using var cmd = Command(sql);
        foreach (var (n, v) in parameters) cmd.Parameters.AddWithValue(n, v);
        return cmd.ExecuteScalar();
    }

    /// <summary>The person's MEIC role when row-level security is on and they log in as themselves; "owner" for the database owner; null when roles are off.</summary>
    public string? Role { get; private set; }

    /// <summary>A partner's organisation (an actor id).</summary>
    public string? Organisation { get; private set; }

    /// <summary>Whether sealed (personal) values are opened for this login: not for a viewer, who is shown them left out.</summary>
    public bool SeesPersonalData => Role != "viewer";

    /// <summary>Whether the database enforces roles for this login (every write is journaled under the login's name).</summary>
    public bool RowSecurity => Role is not null and not "owner";

    internal void RefreshRole()
    {
        if (Scalar("SELECT to_regproc('meic_current_role') IS NOT NULL") is not true) { Role = null; return; }
        using var cmd = Command("SELECT meic_current_role(), meic_current_org(), session_user::text");
        using var reader = cmd.ExecuteReader();
        reader.Read();
        Role = reader.IsDBNull(0) ? "owner" : reader.GetString(0);
        Organisation = reader.IsDBNull(1) ? null : reader.GetString(1);
        var login = reader.GetString(2);
        // Each person is journaled as the login they used, whatever MEIC_USER says: the database checks it too.
        if (RowSecurity) { _user = login; _userFixed = true; }
    }

    /// <summary>The host's strings for the refusals this store words (English until the host sets its own).</summary>
    public ILocalizer Text { get; set; } = Meic.Core.Hosting.HostStrings.English;

    /// <summary>
    /// Refuses (and has the database record) a look at an id the role does not reach in <paramref name="collection"/>.
    /// The answer is the same whether the id exists or not: no function tells a hidden record from a missing one.
    /// </summary>
    internal void RefuseIfHidden(string collection, string id)
    {
        if (!RowSecurity) return;
        var status = Scalar("SELECT meic_refuse_if_hidden(@c, @i)", ("c", collection), ("i", id)) as string;
        if (status is null or "none") return;
        throw new MeicException(Text[status == "recorded" ? "store.refused.recorded" : "store.refused.limited", $"{collection}/{id}", Role], 1);
    }

    /// <summary>Has the database record a refusal (in privacy-log, under the login); whether it was recorded.</summary>
    public bool RecordRefusal(string detail) =>
        RowSecurity && PostgresErrors.Guard(Location, () => Scalar("SELECT meic_record_refusal(@d)", ("d", detail)) as string == "recorded");

    /// <inheritdoc />
    public void Dispose()
    {
        while (_depth > 0) End(commit: false);
        _connection.Dispose();
    }
}
