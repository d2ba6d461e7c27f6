namespace Meic.Core.Store;

/// <summary>The tables of store format 1.</summary>
internal static class SqliteSchema
{
    public static readonly string[] Create =
    [
        """
        CREATE TABLE documents(
          rowid INTEGER PRIMARY KEY,
          collection TEXT NOT NULL,
          id TEXT NOT NULL,
          version INTEGER NOT NULL,
          body TEXT NOT NULL,
          UNIQUE(collection, id))
        """,
        """
        CREATE TABLE journal(
          seq INTEGER PRIMARY KEY AUTOINCREMENT,
          at TEXT NOT NULL,
          who TEXT NOT NULL,
          collection TEXT NOT NULL,
          doc_id TEXT NOT NULL,
          kind TEXT NOT NULL CHECK(kind IN ('insert','update','delete')),
          before TEXT,
          after TEXT)
        """,
        "CREATE INDEX ix_journal_doc ON journal(collection, doc_id)",
        "CREATE TABLE schema_versions(owner TEXT PRIMARY KEY, version INTEGER NOT NULL, description TEXT, applied_at TEXT NOT NULL)",
        "CREATE VIRTUAL TABLE fts USING fts5(collection UNINDEXED, doc_id UNINDEXED, field UNINDEXED, text, tokenize = 'unicode61 remove_diacritics 2')",
        // Deleted text must leave the index for real, not only be marked gone.
        "INSERT INTO fts(fts, rank) VALUES('secure-delete', 1)",
    ];
}
