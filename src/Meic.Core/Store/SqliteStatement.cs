using System.Buffers;
using System.Text;
using static Meic.Core.Store.SqliteNative;

namespace Meic.Core.Store;

/// <summary>
/// A prepared statement: bind (parameters count from 1), step, read columns (count from 0).
/// Disposing one's own statement finalizes it; disposing a cached one resets it for the next use.
/// </summary>
internal sealed unsafe class SqliteStatement : IDisposable
{
    private readonly SqliteDb _db;
    private readonly IntPtr _stmt;
    private readonly bool _cached;
    private bool _closed;

    internal SqliteStatement(SqliteDb db, IntPtr stmt, bool cached)
    {
        _db = db;
        _stmt = stmt;
        _cached = cached;
    }

    public SqliteStatement Bind(int index, string? value)
    {
        if (value is null) { _db.Check(sqlite3_bind_null(_stmt, index)); return this; }
        // Encoded here into a reused buffer: SQLite copies it once, where UTF-16 would cost it a copy and a conversion.
        var size = Encoding.UTF8.GetMaxByteCount(value.Length);
        var rented = size > SqliteDb.ScratchSize ? ArrayPool<byte>.Shared.Rent(size) : null;
        try
        {
            var buffer = rented ?? _db.Scratch;
            var length = Encoding.UTF8.GetBytes(value, 0, value.Length, buffer, 0);
            // The buffer is never empty, so even "" arrives as a pointer: a null one would bind NULL.
            fixed (byte* text = buffer) _db.Check(sqlite3_bind_text(_stmt, index, text, length, Transient));
        }
        finally
        {
            if (rented is not null) ArrayPool<byte>.Shared.Return(rented);
        }
        return this;
    }

    public SqliteStatement Bind(int index, long value)
    {
        _db.Check(sqlite3_bind_int64(_stmt, index, value));
        return this;
    }

    public SqliteStatement Bind(int index, double value)
    {
        _db.Check(sqlite3_bind_double(_stmt, index, value));
        return this;
    }

    /// <summary>Binds by name ("$id"); the value's type chooses how (text, integer, real, or NULL).</summary>
    public SqliteStatement Bind(string name, object? value)
    {
        int index;
        fixed (byte* parameter = Utf8z(name)) index = sqlite3_bind_parameter_index(_stmt, parameter);
        if (index == 0) throw new ArgumentException($"the statement has no parameter {name}.", nameof(name));
        return value switch
        {
            null => Bind(index, (string?)null),
            string s => Bind(index, s),
            long l => Bind(index, l),
            int i => Bind(index, i),
            bool b => Bind(index, b ? 1L : 0L),
            double d => Bind(index, d),
            _ => throw new ArgumentException($"cannot bind a {value.GetType().Name} to {name}.", nameof(value)),
        };
    }

    /// <summary>Moves to the next row: true while there is one. A failure resets the statement, so it can be used again.</summary>
    public bool Step()
    {
        var rc = sqlite3_step(_stmt);
        if (rc == Row) return true;
        if (rc == Done) return false;
        var error = _db.Error(rc);
        sqlite3_reset(_stmt);
        throw error;
    }

    /// <summary>Runs the statement to its end; returns the rows it changed. Stepping it again starts it over.</summary>
    public int Execute()
    {
        while (Step()) { }
        return _db.Changes;
    }

    public int ColumnCount => sqlite3_column_count(_stmt);

    public bool IsNull(int column) => sqlite3_column_type(_stmt, column) == Null;

    public long GetInt64(int column) => sqlite3_column_int64(_stmt, column);

    public int GetInt32(int column) => sqlite3_column_int(_stmt, column);

    public string GetString(int column) =>
        GetStringOrNull(column) ?? throw new InvalidOperationException($"column {column} is NULL.");

    /// <summary>The column as text (SQLite converts numbers), or null for NULL.</summary>
    public string? GetStringOrNull(int column)
    {
        var text = sqlite3_column_text(_stmt, column);
        // column_bytes after column_text: the length of the text just made, in bytes.
        return text is null ? null : Encoding.UTF8.GetString(text, sqlite3_column_bytes(_stmt, column));
    }

    /// <summary>Ready for another run: rows left unread are dropped (and their read lock with them), parameters cleared.</summary>
    public void Reset()
    {
        if (_closed) return;
        sqlite3_reset(_stmt);
        sqlite3_clear_bindings(_stmt);
    }

    internal void Close()
    {
        if (_closed) return;
        _closed = true;
        sqlite3_finalize(_stmt);
        _db.Forget(this);
    }

    public void Dispose()
    {
        if (_cached) Reset();
        else Close();
    }
}
