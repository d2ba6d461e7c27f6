namespace Meic.Sdk.Store;

/// <summary>What a change did to a document.</summary>
public enum ChangeKind
{
    /// <summary>The document was created.</summary>
    Insert,
    /// <summary>The document was replaced by a newer version.</summary>
    Update,
    /// <summary>The document was removed.</summary>
    Delete,
}

/// <summary>One change, as the journal keeps it.</summary>
/// <param name="Sequence">Position in the journal, increasing.</param>
/// <param name="At">When the change was made.</param>
/// <param name="User">Who made it.</param>
/// <param name="Collection">The collection changed.</param>
/// <param name="DocumentId">The document changed.</param>
/// <param name="Kind">Insert, update or delete.</param>
/// <param name="Before">The document's JSON before the change (null for an insert).</param>
/// <param name="After">The document's JSON after the change (null for a delete).</param>
public sealed record JournalEntry(long Sequence, DateTimeOffset At, string User, string Collection, string DocumentId, ChangeKind Kind, string? Before, string? After);

/// <summary>Which journal entries to read. Every set field narrows the result.</summary>
public sealed class JournalQuery
{
    /// <summary>Only entries after this sequence number.</summary>
    public long? AfterSequence { get; set; }
    /// <summary>Only this collection.</summary>
    public string? Collection { get; set; }
    /// <summary>Only this document.</summary>
    public string? DocumentId { get; set; }
    /// <summary>Only changes by this user.</summary>
    public string? User { get; set; }
    /// <summary>Only changes at or after this moment.</summary>
    public DateTimeOffset? From { get; set; }
    /// <summary>Only changes before this moment.</summary>
    public DateTimeOffset? To { get; set; }
    /// <summary>At most this many entries.</summary>
    public int? Limit { get; set; }
}

/// <summary>The append-only journal of every change, which history, monitoring and hooks read.</summary>
public interface IJournal
{
    /// <summary>Entries matching <paramref name="query"/>, oldest first.</summary>
    IReadOnlyList<JournalEntry> Read(JournalQuery query);

    /// <summary>How many entries the journal holds.</summary>
    long Count();
}
