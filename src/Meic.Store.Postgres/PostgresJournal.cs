using Meic.Sdk.Store;

namespace Meic.Store.Postgres;

internal sealed class PostgresJournal(PostgresDocumentStore store) : IJournal
{
    public long Count() => PostgresErrors.Guard(store.Location, () =>
    {
        using var cmd = store.Command("SELECT count(*) FROM journal");
        return (long)cmd.ExecuteScalar()!;
    });

    public IReadOnlyList<JournalEntry> Read(JournalQuery query) => PostgresErrors.Guard(store.Location, () =>
    {
        using var cmd = store.Command("");
        var where = new List<string>();
        void Add(string clause, string name, object value) { where.Add(clause); cmd.Parameters.AddWithValue(name, value); }
        if (query.AfterSequence is { } after) Add("seq > @after", "after", after);
        if (query.Collection is { } c) Add("collection = @c", "c", c);
        if (query.DocumentId is { } id) Add("doc_id = @id", "id", id);
        if (query.User is { } who) Add("who = @who", "who", who);
        if (query.From is { } from) Add("at >= @from", "from", from.ToUniversalTime());
        if (query.To is { } to) Add("at < @to", "to", to.ToUniversalTime());
        // A viewer may not read journal bodies (the database grants it only the other columns).
        var bodies = store.Role == "viewer" ? "NULL::text, NULL::text" : "before, after";
        cmd.CommandText = $"SELECT seq, at, who, collection, doc_id, kind, {bodies} FROM journal"
            + (where.Count > 0 ? " WHERE " + string.Join(" AND ", where) : "")
            + " ORDER BY seq"
            + (query.Limit is { } n ? $" LIMIT {n}" : "");
        var list = new List<JournalEntry>();
        using var reader = cmd.ExecuteReader();
        while (reader.Read())
            list.Add(new JournalEntry(
                reader.GetInt64(0), new DateTimeOffset(reader.GetFieldValue<DateTime>(1), TimeSpan.Zero),
                reader.GetString(2), reader.GetString(3), reader.GetString(4),
                Enum.Parse<ChangeKind>(reader.GetString(5), ignoreCase: true),
                reader.IsDBNull(6) ? null : reader.GetString(6), reader.IsDBNull(7) ? null : reader.GetString(7)));
        return (IReadOnlyList<JournalEntry>)list;
    });
}
