using Meic.Sdk.Errors;
using Meic.Sdk.Model;
using Meic.Sdk.Store;
using Microsoft.Data.Sqlite;

namespace Meic.Core.Store;

/// <summary>The embedded document store: one SQLite file in WAL mode, synchronous=FULL.</summary>
public sealed partial class SqliteDocumentStore : IDocumentStore, IStoreDump
{
    /// <summary>The on-disk format this build reads and writes (PRAGMA user_version).</summary>
    public const int Format = 1;

    private readonly SqliteConnection _connection;
    private readonly Dictionary<string, CollectionSpec> _specs = new(StringComparer.Ordinal);
    private readonly List<JournalEntry> _pending = new();
    private SqliteTransaction? _transaction;
    private int _depth;
    private bool _rollbackOnly;
    private SqliteCommand? _journalInsert;
    private DateTimeOffset _transactionStart;
    private string _transactionStartText = "";

    private SqliteDocumentStore(string path, SqliteConnection connection)
    {
        Path = path;
        _connection = connection;
        Journal = new SqliteJournal(this);
    }

    /// <summary>The database file.</summary>
    public string Path { get; }

    /// <inheritdoc />
    public StoreInfo Info => new("sqlite", Path);

    /// <inheritdoc />
    public IJournal Journal { get; }

    /// <inheritdoc />
    public string User { get; set; } = Environment.UserName;

    /// <inheritdoc />
    public event Action<IReadOnlyList<JournalEntry>>? Committed;

    internal SqliteConnection Connection => _connection;
    internal SqliteTransaction? Transaction => _transaction;

    /// <summary>Opens an existing store, or creates it when <paramref name="create"/> is set.</summary>
    /// <exception cref="InputException">The file is missing, read-only, not a database, or from a newer toolkit.</exception>
    public static SqliteDocumentStore Open(string path, bool create = false, int busyTimeoutMs = 5000)
    {
        path = System.IO.Path.GetFullPath(path);
        var exists = File.Exists(path);
        if (!exists && !create)
            throw new InputException("the database file does not exist; create the workspace with `meic init`.", path);
        if (exists && IsReadOnly(path))
            throw new InputException("the database file is read-only; make it writable (chmod u+w) and try again.", path);

        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = create ? SqliteOpenMode.ReadWriteCreate : SqliteOpenMode.ReadWrite,
            Pooling = false, // close means close: backups, restores and tests need the file released
            DefaultTimeout = Math.Max(1, busyTimeoutMs / 1000),
        }.ToString());
        try
        {
            connection.Open();
            var store = new SqliteDocumentStore(path, connection);
            store.Initialise(busyTimeoutMs);
            return store;
        }
        catch (SqliteException e) when (e.SqliteErrorCode is 26 /* NOTADB */ or 11 /* CORRUPT */)
        {
            connection.Dispose();
            throw new InputException("the file is not a MEIC database (or is damaged beyond reading).", path, e);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    private static bool IsReadOnly(string path)
    {
        if (OperatingSystem.IsWindows()) return new FileInfo(path).IsReadOnly;
        // Checked from the mode bits on purpose: as root the kernel would let us write anyway.
        var mode = File.GetUnixFileMode(path);
        return (mode & (UnixFileMode.UserWrite | UnixFileMode.GroupWrite | UnixFileMode.OtherWrite)) == 0;
    }

    private int BusyTimeoutMs { get; set; }

    private void Initialise(int busyTimeoutMs)
    {
        BusyTimeoutMs = busyTimeoutMs;
        Execute($"PRAGMA busy_timeout = {busyTimeoutMs}");
        var version = Convert.ToInt32(Scalar("PRAGMA user_version"));
        if (version > Format)
            throw new InputException($"the database was written by a newer MEIC Toolkit (store format {version}; this one reads up to {Format}). Upgrade the toolkit; nothing was changed.", Path);
        Execute("PRAGMA journal_mode = WAL");
        // FULL: consent, signatures and minutes must survive a power cut, not only a crash.
        Execute("PRAGMA synchronous = FULL");
        Execute("PRAGMA foreign_keys = ON");
        // A larger page cache keeps a bulk import from spilling to the WAL before it commits.
        Execute("PRAGMA cache_size = -32768");
        // Erased personal data must not linger in free pages.
        Execute("PRAGMA secure_delete = ON");
        if (version == 0)
        {
            using var tx = _connection.BeginTransaction();
            foreach (var sql in SqliteSchema.Create) Execute(sql, tx);
            Execute($"PRAGMA user_version = {Format}", tx);
            tx.Commit();
        }
    }

    /// <inheritdoc />
    public void Declare(CollectionSpec spec)
    {
        if (_specs.ContainsKey(spec.Name)) { _specs[spec.Name] = CollectionSpecs.Merge(_specs[spec.Name], spec); }
        else _specs[spec.Name] = spec;
        foreach (var field in spec.Indexes)
        {
            var safe = SqliteSql.FieldPath(field);
            var index = $"ix_{spec.Name}_{field}".Replace('.', '_').Replace('-', '_');
            Execute($"CREATE INDEX IF NOT EXISTS \"{index}\" ON documents(json_extract(body, '{safe}')) WHERE collection = '{spec.Name}'", _transaction);
        }
    }

    internal CollectionSpec? SpecOf(string collection) => _specs.GetValueOrDefault(collection);

    /// <inheritdoc />
    public IDocumentCollection<T> Collection<T>(string name) where T : Document
    {
        _ = new CollectionSpec(name); // validates the name
        return new SqliteCollection<T>(this, name);
    }

    /// <inheritdoc />
    public IStoreTransaction BeginTransaction()
    {
        if (_depth == 0)
        {
            try { _transaction = _connection.BeginTransaction(deferred: false); }
            catch (SqliteException e) when (e.SqliteErrorCode == 5) { throw Busy(e); }
            _pending.Clear();
            _rollbackOnly = false;
            // Every change of one transaction carries the moment it began: one instant, formatted once.
            var now = DateTimeOffset.UtcNow;
            // Microseconds: what PostgreSQL keeps, so a copy between stores is exact.
            _transactionStart = new DateTimeOffset(now.Ticks - now.Ticks % 10, TimeSpan.Zero);
            _transactionStartText = _transactionStart.ToString("O");
        }
        _depth++;
        return new Scope(this);
    }

    internal MeicException Busy(SqliteException e) =>
        new($"the database is busy: another meic process is writing to it and did not finish within the wait limit ({BusyTimeoutMs} ms, store.busyTimeoutMs in toolkit.json). Nothing was written; try again in a moment.", 1, e);

    private void End(bool commit)
    {
        if (_depth == 0) return;
        if (!commit) _rollbackOnly = true;
        _depth--;
        if (_depth > 0) return;
        var tx = _transaction!;
        _transaction = null;
        DisposeCachedCommands();
        if (_rollbackOnly)
        {
            tx.Rollback(); tx.Dispose(); _pending.Clear();
            return;
        }
        try { tx.Commit(); }
        catch (SqliteException e) when (e.SqliteErrorCode == 5) { tx.Dispose(); _pending.Clear(); throw Busy(e); }
        tx.Dispose();
        var changes = _pending.ToArray();
        _pending.Clear();
        if (changes.Length > 0) Committed?.Invoke(changes);
    }

    private sealed class Scope(SqliteDocumentStore store) : IStoreTransaction
    {
        private bool _done;
        public void Commit() { if (_done) return; _done = true; store.End(commit: true); }
        public void Dispose() { if (_done) return; _done = true; store.End(commit: false); }
    }

    /// <summary>Runs <paramref name="work"/> in a transaction: the current one, or a new one committed at the end.</summary>
    internal TResult Write<TResult>(Func<SqliteTransaction, TResult> work)
    {
        using var scope = BeginTransaction();
        var result = work(_transaction!);
        scope.Commit();
        return result;
    }

    /// <summary>
    /// Journals an update or a delete. Inserts write their row in the same command as the document
    /// (SqliteCollection.Insert) and without the body: it is the next change's "before", or the live
    /// document (SqliteJournal.Read puts it back); half the bytes per bulk insert, one copy less of personal data.
    /// </summary>
    internal void AppendJournal(string collection, string id, ChangeKind kind, string? before, string? after)
    {
        _journalInsert ??= SqliteSql.Prepare(_connection,
            "INSERT INTO journal(at, who, collection, doc_id, kind, before, after) VALUES ($at, $who, $c, $id, $k, $b, $a)",
            "$at", "$who", "$c", "$id", "$k", "$b", "$a");
        var cmd = _journalInsert;
        cmd.Transaction = _transaction;
        cmd.Parameters[0].Value = _transactionStartText;
        cmd.Parameters[1].Value = User;
        cmd.Parameters[2].Value = collection;
        cmd.Parameters[3].Value = id;
        cmd.Parameters[4].Value = kind.ToString().ToLowerInvariant();
        cmd.Parameters[5].Value = (object?)before ?? DBNull.Value;
        cmd.Parameters[6].Value = (object?)after ?? DBNull.Value;
        cmd.ExecuteNonQuery();
        Journaled(collection, id, kind, before, after);
    }

    /// <summary>The moment the current transaction began, as the journal writes it.</summary>
    internal string TransactionStartText => _transactionStartText;

    /// <summary>Notes a change whose journal row was just written, for the Committed event.</summary>
    internal void Journaled(string collection, string id, ChangeKind kind, string? before, string? after)
    {
        // Entries are kept for the Committed event only when someone listens: a bulk import
        // would otherwise hold every body in memory until the commit.
        if (Committed is null) return;
        var seq = SQLitePCL.raw.sqlite3_last_insert_rowid(_connection.Handle);
        _pending.Add(new JournalEntry(seq, _transactionStart, User, collection, id, kind, before, after));
    }

    private readonly Dictionary<string, SqliteCommand> _cached = new();

    internal SqliteCommand Cached(string key, Func<SqliteCommand> create)
    {
        if (!_cached.TryGetValue(key, out var cmd)) _cached[key] = cmd = create();
        cmd.Transaction = _transaction;
        return cmd;
    }

    private void DisposeCachedCommands()
    {
        // Prepared statements are kept for one transaction: that is where bulk writes happen.
        foreach (var cmd in _cached.Values) cmd.Dispose();
        _cached.Clear();
        _journalInsert?.Dispose();
        _journalInsert = null;
    }

    /// <inheritdoc />
    public IReadOnlyList<int> Migrate(string owner, IReadOnlyList<Migration> migrations)
    {
        var ran = new List<int>();
        var pendingMigrations = migrations.OrderBy(m => m.Version).Where(m => m.Version > SchemaVersion(owner)).ToList();
        if (pendingMigrations.Count == 0) return ran;
        using var tx = BeginTransaction();
        var current = SchemaVersion(owner); // re-read under the write lock: another process may have migrated
        foreach (var m in pendingMigrations.Where(m => m.Version > current))
        {
            m.Apply(this);
            using var cmd = _connection.CreateCommand();
            cmd.Transaction = _transaction;
            cmd.CommandText = "INSERT INTO schema_versions(owner, version, description, applied_at) VALUES ($o, $v, $d, $t) ON CONFLICT(owner) DO UPDATE SET version = $v, description = $d, applied_at = $t";
            cmd.Parameters.AddWithValue("$o", owner);
            cmd.Parameters.AddWithValue("$v", m.Version);
            cmd.Parameters.AddWithValue("$d", m.Description);
            cmd.Parameters.AddWithValue("$t", DateTimeOffset.UtcNow.ToString("O"));
            cmd.ExecuteNonQuery();
            ran.Add(m.Version);
        }
        tx.Commit();
        return ran;
    }

    /// <inheritdoc />
    public int SchemaVersion(string owner)
    {
        using var cmd = _connection.CreateCommand();
        cmd.Transaction = _transaction;
        cmd.CommandText = "SELECT version FROM schema_versions WHERE owner = $o";
        cmd.Parameters.AddWithValue("$o", owner);
        return cmd.ExecuteScalar() is long v ? (int)v : 0;
    }

    /// <inheritdoc />
    public IReadOnlyDictionary<string, long> Counts()
    {
        var counts = new SortedDictionary<string, long>(StringComparer.Ordinal);
        using var cmd = _connection.CreateCommand();
        cmd.Transaction = _transaction;
        cmd.CommandText = "SELECT collection, count(*) FROM documents GROUP BY collection";
        using var reader = cmd.ExecuteReader();
        while (reader.Read()) counts[reader.GetString(0)] = reader.GetInt64(1);
        return counts;
    }

    /// <inheritdoc />
    public IReadOnlyList<string> CheckIntegrity()
    {
        var problems = new List<string>();
        foreach (var row in Rows("PRAGMA integrity_check"))
            if (row != "ok") problems.Add($"integrity_check: {row}");
        foreach (var row in Rows("PRAGMA foreign_key_check"))
            problems.Add($"foreign_key_check: {row}");
        foreach (var row in Rows("SELECT collection || '/' || id FROM documents WHERE json_valid(body) = 0"))
            problems.Add($"document {row}: its body is not valid JSON");
        try { Execute("INSERT INTO fts(fts) VALUES('integrity-check')", _transaction); }
        catch (SqliteException e) { problems.Add($"full-text index: {e.Message}"); }
        return problems;
    }

    /// <summary>Copies the live database, consistently, to <paramref name="destination"/> (SQLite's online backup).</summary>
    public void BackupTo(string destination)
    {
        using var target = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = destination, Pooling = false }.ToString());
        target.Open();
        _connection.BackupDatabase(target);
        using var cmd = target.CreateCommand();
        // A backup is a single self-contained file: no -wal beside it.
        cmd.CommandText = "PRAGMA journal_mode = DELETE";
        cmd.ExecuteNonQuery();
    }

    /// <summary>Replaces the whole content of this store with the database in <paramref name="source"/>, in one step.</summary>
    public void RestoreFrom(string source)
    {
        using var from = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = source, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        from.Open();
        from.BackupDatabase(_connection);
        Execute("PRAGMA journal_mode = WAL");
    }

    /// <summary>Opens <paramref name="file"/> read-only and checks it is a sound MEIC database this build can read.</summary>
    public static void ValidateBackup(string file)
    {
        if (!File.Exists(file)) throw new InputException("the backup file does not exist.", file);
        try
        {
            using var c = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = "PRAGMA user_version";
            var version = Convert.ToInt32(cmd.ExecuteScalar());
            if (version == 0) throw new InputException("the file is not a MEIC database backup.", file);
            if (version > Format) throw new InputException($"the backup was written by a newer MEIC Toolkit (store format {version}; this one reads up to {Format}).", file);
            cmd.CommandText = "PRAGMA integrity_check";
            var result = cmd.ExecuteScalar() as string;
            if (result != "ok") throw new InputException($"the backup is damaged: {result}", file);
        }
        catch (SqliteException e)
        {
            throw new InputException("the file is not a MEIC database backup (or is damaged).", file, e);
        }
    }

    internal void Execute(string sql, SqliteTransaction? tx = null)
    {
        using var cmd = _connection.CreateCommand();
        cmd.Transaction = tx ?? _transaction;
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }

    private object? Scalar(string sql)
    {
        using var cmd = _connection.CreateCommand();
        cmd.Transaction = _transaction;
        cmd.CommandText = sql;
        return cmd.ExecuteScalar();
    }

    private List<string> Rows(string sql)
    {
        var rows = new List<string>();
        using var cmd = _connection.CreateCommand();
        cmd.Transaction = _transaction;
        cmd.CommandText = sql;
        using var reader = cmd.ExecuteReader();
        while (reader.Read())
            rows.Add(string.Join(" ", Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "" : Convert.ToString(reader.GetValue(i)))));
        return rows;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        while (_depth > 0) End(commit: false);
        DisposeCachedCommands();
        _connection.Dispose();
    }
}
