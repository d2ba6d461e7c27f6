namespace Meic.Core.Store;

/// <summary>A failed SQLite call: its result code and SQLite's own message.</summary>
internal sealed class SqliteError : Exception
{
    public SqliteError(int resultCode, string sqliteMessage)
        // The wording Microsoft.Data.Sqlite used, so doctor's and search's messages read as before.
        : base($"SQLite Error {resultCode & 0xFF}: '{sqliteMessage}'.")
    {
        ResultCode = resultCode;
        SqliteMessage = sqliteMessage;
    }

    /// <summary>The primary result code (SQLITE_BUSY is 5, SQLITE_NOTADB 26), whatever the extended code.</summary>
    public int Code => ResultCode & 0xFF;

    /// <summary>The code as SQLite returned it, extended or not.</summary>
    public int ResultCode { get; }

    public string SqliteMessage { get; }

    public const int Error = 1;
    public const int Busy = 5;
    public const int Corrupt = 11;
    public const int NotADatabase = 26;
}
