using System.Runtime.InteropServices;

// Every call into native code from this assembly passes only numbers and pointers (see SqliteNative).
[assembly: System.Runtime.CompilerServices.DisableRuntimeMarshalling]

namespace Meic.Core.Store;

/// <summary>
/// The SQLite C functions the store calls, declared with plain pointers and numbers only. Such calls
/// need no marshalling, so the ahead-of-time compiled code calls SQLite directly; declarations with
/// strings or safe handles would each have a stub compiled at run time, on every start. The library is
/// the e_sqlite3 build the SQLitePCLRaw bundle ships (found through the application's dependencies).
/// </summary>
internal static unsafe class SqliteNative
{
    private const string Lib = "e_sqlite3";

    public const int Ok = 0;
    public const int Row = 100;
    public const int Done = 101;
    public const int Null = 5;
    public const int OpenReadOnly = 0x1;
    public const int OpenReadWrite = 0x2;
    public const int OpenCreate = 0x4;
    public const uint PreparePersistent = 0x1;
    /// <summary>SQLITE_TRANSIENT: SQLite copies the bound text before the call returns.</summary>
    public static readonly IntPtr Transient = new(-1);

    [DllImport(Lib, ExactSpelling = true)] public static extern int sqlite3_open_v2(byte* filename, IntPtr* db, int flags, byte* vfs);
    [DllImport(Lib, ExactSpelling = true)] public static extern int sqlite3_close_v2(IntPtr db);
    [DllImport(Lib, ExactSpelling = true)] public static extern int sqlite3_busy_timeout(IntPtr db, int milliseconds);
    [DllImport(Lib, ExactSpelling = true)] public static extern int sqlite3_exec(IntPtr db, byte* sql, IntPtr callback, IntPtr argument, byte** error);
    [DllImport(Lib, ExactSpelling = true)] public static extern void sqlite3_free(void* memory);
    [DllImport(Lib, ExactSpelling = true)] public static extern int sqlite3_prepare_v3(IntPtr db, byte* sql, int bytes, uint flags, IntPtr* statement, byte** tail);
    [DllImport(Lib, ExactSpelling = true)] public static extern int sqlite3_finalize(IntPtr statement);
    [DllImport(Lib, ExactSpelling = true)] public static extern int sqlite3_reset(IntPtr statement);
    [DllImport(Lib, ExactSpelling = true)] public static extern int sqlite3_clear_bindings(IntPtr statement);
    [DllImport(Lib, ExactSpelling = true)] public static extern int sqlite3_step(IntPtr statement);
    [DllImport(Lib, ExactSpelling = true)] public static extern int sqlite3_bind_text(IntPtr statement, int index, byte* text, int bytes, IntPtr destructor);
    [DllImport(Lib, ExactSpelling = true)] public static extern int sqlite3_bind_int64(IntPtr statement, int index, long value);
    [DllImport(Lib, ExactSpelling = true)] public static extern int sqlite3_bind_double(IntPtr statement, int index, double value);
    [DllImport(Lib, ExactSpelling = true)] public static extern int sqlite3_bind_null(IntPtr statement, int index);
    [DllImport(Lib, ExactSpelling = true)] public static extern int sqlite3_bind_parameter_index(IntPtr statement, byte* name);
    [DllImport(Lib, ExactSpelling = true)] public static extern int sqlite3_column_count(IntPtr statement);
    [DllImport(Lib, ExactSpelling = true)] public static extern int sqlite3_column_type(IntPtr statement, int column);
    [DllImport(Lib, ExactSpelling = true)] public static extern long sqlite3_column_int64(IntPtr statement, int column);
    [DllImport(Lib, ExactSpelling = true)] public static extern int sqlite3_column_int(IntPtr statement, int column);
    [DllImport(Lib, ExactSpelling = true)] public static extern byte* sqlite3_column_text(IntPtr statement, int column);
    [DllImport(Lib, ExactSpelling = true)] public static extern int sqlite3_column_bytes(IntPtr statement, int column);
    [DllImport(Lib, ExactSpelling = true)] public static extern long sqlite3_last_insert_rowid(IntPtr db);
    [DllImport(Lib, ExactSpelling = true)] public static extern int sqlite3_changes(IntPtr db);
    [DllImport(Lib, ExactSpelling = true)] public static extern int sqlite3_get_autocommit(IntPtr db);
    [DllImport(Lib, ExactSpelling = true)] public static extern IntPtr sqlite3_backup_init(IntPtr destination, byte* destinationName, IntPtr source, byte* sourceName);
    [DllImport(Lib, ExactSpelling = true)] public static extern int sqlite3_backup_step(IntPtr backup, int pages);
    [DllImport(Lib, ExactSpelling = true)] public static extern int sqlite3_backup_finish(IntPtr backup);
    [DllImport(Lib, ExactSpelling = true)] public static extern byte* sqlite3_errmsg(IntPtr db);
    [DllImport(Lib, ExactSpelling = true)] public static extern byte* sqlite3_errstr(int resultCode);
    [DllImport(Lib, ExactSpelling = true)] public static extern int sqlite3_errcode(IntPtr db);

    /// <summary><paramref name="text"/> as UTF-8 with the terminating zero C expects.</summary>
    public static byte[] Utf8z(string text)
    {
        var bytes = new byte[System.Text.Encoding.UTF8.GetByteCount(text) + 1];
        System.Text.Encoding.UTF8.GetBytes(text, 0, text.Length, bytes, 0);
        return bytes;
    }

    /// <summary>A zero-terminated UTF-8 string from SQLite, or null.</summary>
    public static string? FromUtf8z(byte* utf8z) => utf8z is null ? null : Marshal.PtrToStringUTF8((IntPtr)utf8z);
}
