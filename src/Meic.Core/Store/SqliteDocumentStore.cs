using Meic.Sdk.Errors;
using Meic.Sdk.Model;
using Meic.Sdk.Store;

namespace Meic.Core.Store;

/// <summary>The embedded document store: one SQLite file in WAL mode, synchronous=FULL.</summary>
public sealed partial class SqliteDocumentStore : IDocumentStore, IStoreDump, IFileStore, ILocalizedStore
{
    /// <summary>The on-disk format this build reads and writes (PRAGMA user_version).</summary>
    public const int Format = 1;

    private readonly SqliteDb _db;
    private readonly Dictionary<string, CollectionSpec> _specs = new(StringComparer.Ordinal);
    private readonly List<JournalEntry> _pending = new();
    private int _depth;
    private bool _rollbackOnly;
    private DateTimeOffset _transactionStart;
    private string _transactionStartText = "";

    private SqliteDocumentStore(string path, SqliteDb db)
    {
        Path = path;
        _db = db;
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

    internal SqliteDb Db => _db;

    /// <summary>Opens an existing store, or creates it when <paramref name="create"/> is set.</summary>
    /// <exception cref="InputException">The file is missing, read-only, not a database, or from a newer toolkit.</exception>
    public static SqliteDocumentStore Open(string path, bool create = false, int busyTimeoutMs = 5000)
    {
        path = System.IO.Path.GetFullPath(path);
        var exists = File.Exists(path);
        if (!exists && !create)
            throw Meic.Core.Hosting.Worded.Input("store.missingFile", path);
        if (exists && IsReadOnly(path))
            throw Meic.Core.Hosting.Worded.Input("store.readOnly", path);

        SqliteDb? db = null;
        try
        {
            // No pooling: close means close, since backups, restores and tests need the file released.
            db = SqliteDb.Open(path, create: create);
            var store = new SqliteDocumentStore(path, db);
            store.Initialise(busyTimeoutMs);
            return store;
        }
        catch (SqliteError e) when (e.Code is SqliteError.NotADatabase or SqliteError.Corrupt)
        {
            db?.Dispose();
            throw Meic.Core.Hosting.Worded.Input(e, "store.notMeic", path);
        }
        catch
        {
            db?.Dispose();
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
        _db.BusyTimeout(busyTimeoutMs);
        var version = _db.ScalarInt64("PRAGMA user_version");
        if (version > Format)
            throw Meic.Core.Hosting.Worded.Input("store.newer", Path, version, Format);
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
            Execute("BEGIN IMMEDIATE");
            try
            {
                foreach (var sql in SqliteSchema.Create) Execute(sql);
                Execute($"PRAGMA user_version = {Format}");
                Execute("COMMIT");
            }
            catch
            {
                Rollback();
                throw;
            }
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
            Execute($"CREATE INDEX IF NOT EXISTS \"{index}\" ON documents(json_extract(body, '{safe}')) WHERE collection = '{spec.Name}'");
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
            try { Run("BEGIN IMMEDIATE"); }
            catch (SqliteError e) when (e.Code == SqliteError.Busy) { throw Busy(e); }
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

    internal MeicException Busy(SqliteError e) => Hosting.Worded.Failure(e, "store.sqlite.busy", BusyTimeoutMs);

    private void End(bool commit)
    {
        if (_depth == 0) return;
        if (!commit) _rollbackOnly = true;
        _depth--;
        if (_depth > 0) return;
        if (_rollbackOnly)
        {
            Discard();
            return;
        }
        try
        {
            FlushJournal();
            Run("COMMIT");
        }
        catch (Exception e)
        {
            // Deliberately broad and rethrown: whatever failed, the transaction must not stay open for the next one.
            Discard();
            if (e is SqliteError { Code: SqliteError.Busy } busy) throw Busy(busy);
            throw;
        }
        var changes = _pending.ToArray();
        _pending.Clear();
        if (changes.Length > 0) Committed?.Invoke(changes);
    }

    private void Discard()
    {
        ClearJournalQueue();
        _pending.Clear();
        Rollback();
    }

    private void Rollback()
    {
        // SQLite ends a transaction by itself after some errors (a full disk, for one); there is then nothing to roll back.
        if (_db.InTransaction) Run("ROLLBACK");
    }

    /// <summary>Runs one parameterless statement, prepared once for the connection's life (BEGIN, COMMIT, ROLLBACK).</summary>
    private void Run(string sql)
    {
        using var statement = _db.Cached(sql);
        statement.Execute();
    }

    private sealed class Scope(SqliteDocumentStore store) : IStoreTransaction
    {
        private bool _done;
        public void Commit() { if (_done) return; _done = true; store.End(commit: true); }
        public void Dispose() { if (_done) return; _done = true; store.End(commit: false); }
    }

    /// <summary>Journals an update or a delete, after any queued inserts so the order holds.</summary>
    internal void AppendJournal(string collection, string id, ChangeKind kind, string? before, string? after)
    {
        FlushJournal();
        using (var insert = _db.Cached("INSERT INTO journal(at, who, collection, doc_id, kind, before, after) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"))
            insert.Bind(1, _transactionStartText).Bind(2, User).Bind(3, collection).Bind(4, id)
                .Bind(5, kind.ToString().ToLowerInvariant()).Bind(6, before).Bind(7, after)
                .Execute();
        // Entries are kept for the Committed event only when someone listens: a bulk import
        // would otherwise hold every body in memory until the commit.
        if (Committed is not null)
            _pending.Add(new JournalEntry(_db.LastInsertRowId, _transactionStart, User, collection, id, kind, before, after));
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
            using var statement = _db.Prepare("INSERT INTO schema_versions(owner, version, description, applied_at) VALUES ($o, $v, $d, $t) ON CONFLICT(owner) DO UPDATE SET version = $v, description = $d, applied_at = $t");
            statement.Bind("$o", owner).Bind("$v", m.Version).Bind("$d", m.Description).Bind("$t", DateTimeOffset.UtcNow.ToString("O"));
            statement.Execute();
            ran.Add(m.Version);
        }
        tx.Commit();
        return ran;
    }

    /// <inheritdoc />
    public int SchemaVersion(string owner)
    {
        using var statement = _db.Prepare("SELECT version FROM schema_versions WHERE owner = $o");
        statement.Bind("$o", owner);
        return statement.Step() ? (int)statement.GetInt64(0) : 0;
    }

    /// <inheritdoc />
    public IReadOnlyDictionary<string, long> Counts()
    {
        var counts = new CollectionCounts();
        using var statement = _db.Prepare("SELECT collection, count(*) FROM documents GROUP BY collection");
        while (statement.Step()) counts.Set(statement.GetString(0), statement.GetInt64(1));
        return counts;
    }

    /// <inheritdoc />
    public Meic.Sdk.Text.ILocalizer? Strings { get; set; }

    /// <inheritdoc />
    public IReadOnlyList<string> CheckIntegrity()
    {
        var t = Strings ?? Hosting.HostStrings.English;
        FlushJournal();
        var problems = new List<string>();
        foreach (var row in Rows("PRAGMA integrity_check"))
            if (row != "ok") problems.Add($"integrity_check: {row}");
        foreach (var row in Rows("PRAGMA foreign_key_check"))
            problems.Add($"foreign_key_check: {row}");
        foreach (var row in Rows("SELECT collection || '/' || id FROM documents WHERE json_valid(body) = 0"))
            problems.Add(t["integrity.notJson", row]);
        try { Execute("INSERT INTO fts(fts) VALUES('integrity-check')"); }
        catch (SqliteError e) { problems.Add(t["integrity.text", e.Message]); }
        return problems;
    }

    /// <summary>Copies the live database, consistently, to <paramref name="destination"/> (SQLite's online backup).</summary>
    public void BackupTo(string destination)
    {
        FlushJournal();
        using var target = SqliteDb.Open(destination, create: true);
        _db.BackupTo(target);
        // A backup is a single self-contained file: no -wal beside it.
        target.Exec("PRAGMA journal_mode = DELETE");
    }

    /// <summary>Replaces the whole content of this store with the database in <paramref name="source"/>, in one step.</summary>
    public void RestoreFrom(string source)
    {
        FlushJournal();
        using var from = SqliteDb.Open(source, readOnly: true);
        from.BackupTo(_db);
        Execute("PRAGMA journal_mode = WAL");
    }

    /// <summary>Opens <paramref name="file"/> read-only and checks it is a sound MEIC database this build can read.</summary>
    public static void ValidateBackup(string file)
    {
        if (!File.Exists(file)) throw Meic.Core.Hosting.Worded.Input("store.backup.missing", file);
        try
        {
            using var db = SqliteDb.Open(file, readOnly: true);
            var version = db.ScalarInt64("PRAGMA user_version");
            if (version == 0) throw Meic.Core.Hosting.Worded.Input("store.backup.notMeic", file);
            if (version > Format) throw Meic.Core.Hosting.Worded.Input("store.backup.newer", file, version, Format);
            using var check = db.Prepare("PRAGMA integrity_check");
            var result = check.Step() ? check.GetStringOrNull(0) : null;
            if (result != "ok") throw Meic.Core.Hosting.Worded.Input("store.backup.damaged", file, result);
        }
        catch (SqliteError e)
        {
            throw Meic.Core.Hosting.Worded.Input(e, "store.backup.unreadable", file);
        }
    }

    /// <inheritdoc />
    void IFileStore.ValidateBackupFile(string file) => ValidateBackup(file);

    /// <summary>Runs SQL that takes no parameters (pragmas, DDL, FTS5 commands).</summary>
    internal void Execute(string sql) => _db.Exec(sql);

    private List<string> Rows(string sql)
    {
        var rows = new List<string>();
        using var statement = _db.Prepare(sql);
        while (statement.Step())
            rows.Add(string.Join(" ", Enumerable.Range(0, statement.ColumnCount).Select(i => statement.GetStringOrNull(i) ?? "")));
        return rows;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        while (_depth > 0) End(commit: false);
        _db.Dispose();
    }
}
