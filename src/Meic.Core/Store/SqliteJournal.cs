using Meic.Sdk.Store;

namespace Meic.Core.Store;

internal sealed class SqliteJournal(SqliteDocumentStore store) : IJournal
{
    // Inserts are journaled without their body; it is the next change's "before", else the live document.
    private const string AfterColumn = """
        CASE WHEN j.kind = 'insert' AND j.after IS NULL THEN coalesce(
          (SELECT n.before FROM journal n WHERE n.collection = j.collection AND n.doc_id = j.doc_id AND n.seq > j.seq ORDER BY n.seq LIMIT 1),
          (SELECT d.body FROM documents d WHERE d.collection = j.collection AND d.id = j.doc_id))
        ELSE j.after END
        """;

    public long Count()
    {
        store.FlushJournal();
        return store.Db.ScalarInt64("SELECT count(*) FROM journal");
    }

    public IReadOnlyList<JournalEntry> Read(JournalQuery query)
    {
        store.FlushJournal();
        var where = new List<string>();
        var parameters = new List<(string Name, object Value)>();
        void Add(string clause, string name, object value) { where.Add(clause); parameters.Add((name, value)); }
        if (query.AfterSequence is { } after) Add("j.seq > $after", "$after", after);
        if (query.Collection is { } c) Add("j.collection = $c", "$c", c);
        if (query.DocumentId is { } id) Add("j.doc_id = $id", "$id", id);
        if (query.User is { } who) Add("j.who = $who", "$who", who);
        if (query.From is { } from) Add("j.at >= $from", "$from", from.ToUniversalTime().ToString("O"));
        if (query.To is { } to) Add("j.at < $to", "$to", to.ToUniversalTime().ToString("O"));
        var sql = "SELECT seq, at, who, collection, doc_id, kind, before, " + AfterColumn + " FROM journal j"
            + (where.Count > 0 ? " WHERE " + string.Join(" AND ", where) : "")
            + " ORDER BY j.seq"
            + (query.Limit is { } n ? $" LIMIT {n}" : "");
        using var statement = store.Db.Prepare(sql);
        foreach (var (name, value) in parameters) statement.Bind(name, value);
        var list = new List<JournalEntry>();
        while (statement.Step())
            list.Add(new JournalEntry(
                statement.GetInt64(0), DateTimeOffset.Parse(statement.GetString(1), System.Globalization.CultureInfo.InvariantCulture),
                statement.GetString(2), statement.GetString(3), statement.GetString(4),
                Enum.Parse<ChangeKind>(statement.GetString(5), ignoreCase: true),
                statement.GetStringOrNull(6), statement.GetStringOrNull(7)));
        return list;
    }
}
