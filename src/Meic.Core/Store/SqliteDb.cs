using SQLitePCL;

namespace Meic.Core.Store;

/// <summary>
/// One SQLite connection through SQLitePCLRaw: no ADO.NET layer, so opening the store loads no
/// System.Data and a bulk write pays only for SQLite. Not thread-safe, like the store that owns it.
/// </summary>
internal sealed class SqliteDb : IDisposable
{
    static SqliteDb() => Batteries_V2.Init();

    private readonly sqlite3 _handle;
    private readonly Dictionary<string, SqliteStatement> _cached = new(StringComparer.Ordinal);
    private readonly HashSet<SqliteStatement> _open = new(ReferenceEqualityComparer.Instance);
    private bool _closed;

    private SqliteDb(sqlite3 handle) => _handle = handle;

    /// <summary>Opens <paramref name="path"/>; nothing is read from the file until the first statement.</summary>
    public static SqliteDb Open(string path, bool readOnly = false, bool create = false)
    {
        var flags = readOnly ? raw.SQLITE_OPEN_READONLY : raw.SQLITE_OPEN_READWRITE | (create ? raw.SQLITE_OPEN_CREATE : 0);
        var rc = raw.sqlite3_open_v2(path, out var handle, flags, null);
        if (rc != raw.SQLITE_OK)
        {
            // SQLite hands back a handle even when opening fails; it holds the message and must be closed.
            var message = handle is null || handle.IsInvalid ? raw.sqlite3_errstr(rc).utf8_to_string() : raw.sqlite3_errmsg(handle).utf8_to_string();
            handle?.Dispose();
            throw new SqliteError(rc, message);
        }
        return new SqliteDb(handle);
    }

    /// <summary>How long a statement waits for another connection's lock before it fails with SQLITE_BUSY.</summary>
    public void BusyTimeout(int milliseconds) => Check(raw.sqlite3_busy_timeout(_handle, milliseconds));

    /// <summary>Runs one or more statements that need no parameters, ignoring any rows.</summary>
    public void Exec(string sql)
    {
        var rc = raw.sqlite3_exec(_handle, sql, out var message);
        if (rc != raw.SQLITE_OK) throw new SqliteError(rc, message ?? raw.sqlite3_errmsg(_handle).utf8_to_string());
    }

    /// <summary>A statement of one's own, finalized when disposed.</summary>
    public SqliteStatement Prepare(string sql)
    {
        var statement = new SqliteStatement(this, PrepareHandle(sql, flags: 0), cached: false);
        _open.Add(statement);
        return statement;
    }

    /// <summary>
    /// A statement kept for the connection's life (the write paths: prepared once, reused for every row).
    /// Disposing it only resets it and clears its bindings.
    /// </summary>
    public SqliteStatement Cached(string sql)
    {
        if (!_cached.TryGetValue(sql, out var statement))
            // PERSISTENT: a hint that the statement lives long, so SQLite does not take it from its lookaside memory.
            _cached[sql] = statement = new SqliteStatement(this, PrepareHandle(sql, flags: 1 /* SQLITE_PREPARE_PERSISTENT */), cached: true);
        return statement;
    }

    private sqlite3_stmt PrepareHandle(string sql, uint flags)
    {
        var rc = raw.sqlite3_prepare_v3(_handle, sql, flags, out var stmt, out var tail);
        if (rc != raw.SQLITE_OK)
        {
            var error = Error(rc);
            stmt?.Dispose();
            throw error;
        }
        if (!string.IsNullOrWhiteSpace(tail))
        {
            raw.sqlite3_finalize(stmt);
            throw new ArgumentException("one statement at a time: use Exec for a script.", nameof(sql));
        }
        return stmt;
    }

    /// <summary>Texts up to this many UTF-8 bytes are encoded into <see cref="Scratch"/>; longer ones into a rented buffer.</summary>
    internal const int ScratchSize = 16 * 1024;

    /// <summary>One buffer reused by every bind on this connection (it is used by one thread at a time).</summary>
    internal byte[] Scratch { get; } = new byte[ScratchSize];

    internal void Forget(SqliteStatement statement) => _open.Remove(statement);

    /// <summary>The first column of the first row, as an integer (0 when there is no row).</summary>
    public long ScalarInt64(string sql)
    {
        using var s = Prepare(sql);
        return s.Step() ? s.GetInt64(0) : 0;
    }

    /// <summary>The rowid of the last row inserted on this connection (the journal's seq after a journal insert).</summary>
    public long LastInsertRowId => raw.sqlite3_last_insert_rowid(_handle);

    /// <summary>Rows changed by the last INSERT, UPDATE or DELETE.</summary>
    public int Changes => raw.sqlite3_changes(_handle);

    /// <summary>Whether a transaction is open (SQLite rolls some back by itself, after a full disk for one).</summary>
    public bool InTransaction => raw.sqlite3_get_autocommit(_handle) == 0;

    /// <summary>Copies this whole database over <paramref name="destination"/>'s with SQLite's online backup, in one step.</summary>
    public void BackupTo(SqliteDb destination)
    {
        var backup = raw.sqlite3_backup_init(destination._handle, "main", _handle, "main");
        if (backup is null || backup.IsInvalid) throw destination.Error(raw.sqlite3_errcode(destination._handle));
        var rc = raw.sqlite3_backup_step(backup, -1);
        var finish = raw.sqlite3_backup_finish(backup);
        if (rc != raw.SQLITE_DONE) throw destination.Error(rc);
        if (finish != raw.SQLITE_OK) throw destination.Error(finish);
    }

    internal SqliteError Error(int rc)
    {
        var message = raw.sqlite3_errmsg(_handle).utf8_to_string();
        // errmsg may describe another call when rc came from a backup or a reset; SQLite's text for the code is then the honest one.
        if (string.IsNullOrEmpty(message) || raw.sqlite3_errcode(_handle) != rc) message = raw.sqlite3_errstr(rc).utf8_to_string();
        return new SqliteError(rc, message);
    }

    internal void Check(int rc)
    {
        if (rc != raw.SQLITE_OK) throw Error(rc);
    }

    /// <summary>Closes the connection for real: every statement is finalized first, so the file is released now.</summary>
    public void Dispose()
    {
        if (_closed) return;
        _closed = true;
        foreach (var statement in _cached.Values) statement.Close();
        _cached.Clear();
        foreach (var statement in _open.ToList()) statement.Dispose();
        raw.sqlite3_close_v2(_handle);
        _handle.Dispose();
    }
}
