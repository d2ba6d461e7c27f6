using static Meic.Core.Store.SqliteNative;

namespace Meic.Core.Store;

/// <summary>
/// One SQLite connection, called directly (<see cref="SqliteNative"/>): no ADO.NET layer, so opening
/// the store loads no System.Data and a bulk write pays only for SQLite. Not thread-safe, like the
/// store that owns it.
/// </summary>
internal sealed unsafe class SqliteDb : IDisposable
{
    private readonly IntPtr _handle;
    private readonly Dictionary<string, SqliteStatement> _cached = new(StringComparer.Ordinal);
    private readonly HashSet<SqliteStatement> _open = new(ReferenceEqualityComparer.Instance);
    private bool _closed;

    private SqliteDb(IntPtr handle) => _handle = handle;

    /// <summary>Opens <paramref name="path"/>; nothing is read from the file until the first statement.</summary>
    public static SqliteDb Open(string path, bool readOnly = false, bool create = false)
    {
        var flags = readOnly ? OpenReadOnly : OpenReadWrite | (create ? OpenCreate : 0);
        IntPtr handle;
        int rc;
        fixed (byte* file = Utf8z(path)) rc = sqlite3_open_v2(file, &handle, flags, null);
        if (rc != Ok)
        {
            // SQLite hands back a handle even when opening fails; it holds the message and must be closed.
            var message = handle == IntPtr.Zero ? FromUtf8z(sqlite3_errstr(rc)) : FromUtf8z(sqlite3_errmsg(handle));
            if (handle != IntPtr.Zero) sqlite3_close_v2(handle);
            throw new SqliteError(rc, message ?? "");
        }
        return new SqliteDb(handle);
    }

    /// <summary>How long a statement waits for another connection's lock before it fails with SQLITE_BUSY.</summary>
    public void BusyTimeout(int milliseconds) => Check(sqlite3_busy_timeout(_handle, milliseconds));

    /// <summary>Runs one or more statements that need no parameters, ignoring any rows.</summary>
    public void Exec(string sql)
    {
        byte* error = null;
        int rc;
        fixed (byte* text = Utf8z(sql)) rc = sqlite3_exec(_handle, text, IntPtr.Zero, IntPtr.Zero, &error);
        var message = FromUtf8z(error);
        if (error is not null) sqlite3_free(error);
        if (rc != Ok) throw new SqliteError(rc, message ?? FromUtf8z(sqlite3_errmsg(_handle)) ?? "");
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

    private IntPtr PrepareHandle(string sql, uint flags)
    {
        var text = Utf8z(sql);
        IntPtr statement;
        int rc, rest;
        fixed (byte* start = text)
        {
            byte* tail = null;
            rc = sqlite3_prepare_v3(_handle, start, text.Length - 1, flags, &statement, &tail);
            rest = rc == Ok && tail is not null ? (int)(start + text.Length - 1 - tail) : 0;
            if (rc == Ok && rest > 0 && !string.IsNullOrWhiteSpace(System.Text.Encoding.UTF8.GetString(tail, rest)))
            {
                sqlite3_finalize(statement);
                throw new ArgumentException("one statement at a time: use Exec for a script.", nameof(sql));
            }
        }
        if (rc != Ok)
        {
            var error = Error(rc);
            if (statement != IntPtr.Zero) sqlite3_finalize(statement);
            throw error;
        }
        return statement;
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
    public long LastInsertRowId => sqlite3_last_insert_rowid(_handle);

    /// <summary>Rows changed by the last INSERT, UPDATE or DELETE.</summary>
    public int Changes => sqlite3_changes(_handle);

    /// <summary>Whether a transaction is open (SQLite rolls some back by itself, after a full disk for one).</summary>
    public bool InTransaction => sqlite3_get_autocommit(_handle) == 0;

    /// <summary>Copies this whole database over <paramref name="destination"/>'s with SQLite's online backup, in one step.</summary>
    public void BackupTo(SqliteDb destination)
    {
        IntPtr backup;
        fixed (byte* main = "main\0"u8) backup = sqlite3_backup_init(destination._handle, main, _handle, main);
        if (backup == IntPtr.Zero) throw destination.Error(sqlite3_errcode(destination._handle));
        var rc = sqlite3_backup_step(backup, -1);
        var finish = sqlite3_backup_finish(backup);
        if (rc != Done) throw destination.Error(rc);
        if (finish != Ok) throw destination.Error(finish);
    }

    internal SqliteError Error(int rc)
    {
        var message = FromUtf8z(sqlite3_errmsg(_handle));
        // errmsg may describe another call when rc came from a backup or a reset; SQLite's text for the code is then the honest one.
        if (string.IsNullOrEmpty(message) || sqlite3_errcode(_handle) != rc) message = FromUtf8z(sqlite3_errstr(rc));
        return new SqliteError(rc, message ?? "");
    }

    internal void Check(int rc)
    {
        if (rc != Ok) throw Error(rc);
    }

    /// <summary>Closes the connection for real: every statement is finalized first, so the file is released now.</summary>
    public void Dispose()
    {
        if (_closed) return;
        _closed = true;
        foreach (var statement in _cached.Values) statement.Close();
        _cached.Clear();
        foreach (var statement in _open.ToList()) statement.Dispose();
        sqlite3_close_v2(_handle);
    }
}
