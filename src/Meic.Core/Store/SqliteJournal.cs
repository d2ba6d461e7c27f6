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
        using var cmd = store.Connection.CreateCommand();
        cmd.Transaction = store.Transaction;
        cmd.CommandText = "SELECT count(*) FROM journal";
        return (long)cmd.ExecuteScalar()!;
    }

    public IReadOnlyList<JournalEntry> Read(JournalQuery query)
    {
        using var cmd = store.Connection.CreateCommand();
        cmd.Transaction = store.Transaction;
        var where = new List<string>();
        void Add(string clause, string name, object value) { where.Add(clause); cmd.Parameters.AddWithValue(name, value); }
        if (query.AfterSequence is { } after) Add("j.seq > $after", "$after", after);
        if (query.Collection is { } c) Add("j.collection = $c", "$c", c);
        if (query.DocumentId is { } id) Add("j.doc_id = $id", "$id", id);
        if (query.User is { } who) Add("j.who = $who", "$who", who);
        if (query.From is { } from) Add("j.at >= $from", "$from", from.ToUniversalTime().ToString("O"));
        if (query.To is { } to) Add("j.at < $to", "$to", to.ToUniversalTime().ToString("O"));
        cmd.CommandText = "SELECT seq, at, who, collection, doc_id, kind, before, " + AfterColumn + " FROM journal j"
            + (where.Count > 0 ? " WHERE " + string.Join(" AND ", where) : "")
            + " ORDER BY j.seq"
            + (query.Limit is { } n ? $" LIMIT {n}" : "");
        var list = new List<JournalEntry>();
        using var reader = cmd.ExecuteReader();
        while (reader.Read())
            list.Add(new JournalEntry(
                reader.GetInt64(0), DateTimeOffset.Parse(reader.GetString(1), System.Globalization.CultureInfo.InvariantCulture),
                reader.GetString(2), reader.GetString(3), reader.GetString(4),
                Enum.Parse<ChangeKind>(reader.GetString(5), ignoreCase: true),
                reader.IsDBNull(6) ? null : reader.GetString(6), reader.IsDBNull(7) ? null : reader.GetString(7)));
        return list;
    }
}
