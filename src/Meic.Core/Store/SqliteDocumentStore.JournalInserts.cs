using Meic.Sdk.Store;

namespace Meic.Core.Store;

public sealed partial class SqliteDocumentStore
{
    // The journal's CHECK(kind IN (...)) makes SQLite build a small temporary index each time an INSERT
    // statement runs: one row per statement cost more than the document's own insert. Insert rows are
    // therefore queued and written 64 to a statement, before the transaction commits and before anything
    // reads or writes the journal, so no one can tell them from rows written one by one.
    private const int JournalBatch = 64;
    private static readonly string JournalInsertOne = JournalInsertSql(1);
    private static readonly string JournalInsertBatch = JournalInsertSql(JournalBatch);
    // The usual batch: one user, one collection; each row then binds only its document's id. Binding
    // who and collection again for every row costs enough to take the bulk-insert ratio from 0.73 to 0.46.
    private static readonly string JournalInsertBatchOfOne = "INSERT INTO journal(at, who, collection, doc_id, kind) VALUES "
        + string.Join(", ", Enumerable.Range(0, JournalBatch).Select(i => $"(?1, ?2, ?3, ?{i + 4}, 'insert')"));
    // An array, not a List: a list of a struct is generic code compiled at run time, on every start.
    private readonly QueuedInsert[] _journalInserts = new QueuedInsert[JournalBatch];
    private int _queued;

    private readonly record struct QueuedInsert(string Who, string Collection, string Id, string Body);

    private static string JournalInsertSql(int rows) =>
        "INSERT INTO journal(at, who, collection, doc_id, kind) VALUES "
        + string.Join(", ", Enumerable.Range(0, rows).Select(i => $"(?1, ?{3 * i + 2}, ?{3 * i + 3}, ?{3 * i + 4}, 'insert')"));

    /// <summary>Journals an insert (without its body: SqliteJournal.Read puts it back); written by <see cref="FlushJournal"/>.</summary>
    internal void JournalInsert(string collection, string id, string body)
    {
        _journalInserts[_queued++] = new QueuedInsert(User, collection, id, body);
        if (_queued == JournalBatch) FlushJournal();
    }

    private bool SharesWhoAndCollection(int from, int rows)
    {
        var first = _journalInserts[from];
        for (var i = from + 1; i < from + rows; i++)
            if (!string.Equals(_journalInserts[i].Who, first.Who, StringComparison.Ordinal) || !string.Equals(_journalInserts[i].Collection, first.Collection, StringComparison.Ordinal))
                return false;
        return true;
    }

    private void ClearJournalQueue()
    {
        Array.Clear(_journalInserts, 0, _queued);
        _queued = 0;
    }

    /// <summary>Writes the queued insert rows, in order. Every path that touches the journal calls this first.</summary>
    internal void FlushJournal()
    {
        if (_queued == 0) return;
        try
        {
            var written = 0;
            while (written < _queued)
            {
                var rows = _queued - written >= JournalBatch ? JournalBatch : 1;
                var batch = rows == JournalBatch;
                var shared = batch && SharesWhoAndCollection(written, rows);
                using var insert = _db.Cached(shared ? JournalInsertBatchOfOne : batch ? JournalInsertBatch : JournalInsertOne);
                insert.Bind(1, _transactionStartText);
                if (shared) insert.Bind(2, _journalInserts[written].Who).Bind(3, _journalInserts[written].Collection);
                for (var i = 0; i < rows; i++)
                {
                    var row = _journalInserts[written + i];
                    if (shared) insert.Bind(i + 4, row.Id);
                    else insert.Bind(3 * i + 2, row.Who).Bind(3 * i + 3, row.Collection).Bind(3 * i + 4, row.Id);
                }
                insert.Execute();
                // One writer holds the lock and AUTOINCREMENT numbers the rows of a statement one after another.
                var first = _db.LastInsertRowId - rows + 1;
                if (Committed is not null)
                    for (var i = 0; i < rows; i++)
                    {
                        var row = _journalInserts[written + i];
                        _pending.Add(new JournalEntry(first + i, _transactionStart, row.Who, row.Collection, row.Id, ChangeKind.Insert, null, row.Body));
                    }
                written += rows;
            }
        }
        catch
        {
            // Some rows may be missing: the transaction must not commit.
            _rollbackOnly = true;
            throw;
        }
        finally
        {
            ClearJournalQueue();
        }
    }
}
