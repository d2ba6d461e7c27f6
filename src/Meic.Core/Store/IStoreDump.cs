using Meic.Sdk.Store;

namespace Meic.Core.Store;

/// <summary>One stored document exactly as kept.</summary>
public sealed record RawDocument(string Collection, string Id, long Version, string Body);

/// <summary>One full-text index entry.</summary>
public sealed record RawText(string Collection, string DocId, string Field, string Text);

/// <summary>One owner's recorded schema version.</summary>
public sealed record RawSchemaVersion(string Owner, int Version, string? Description, DateTimeOffset AppliedAt);

/// <summary>Everything a store holds, read and written below the collection API: what <c>meic store copy</c> moves.</summary>
public interface IStoreDump
{
    /// <summary>Encrypts the declared sensitive fields at rest; null stores them as they are.</summary>
    Privacy.FieldCipher? Cipher { get; set; }

    /// <summary>The sensitive JSON paths declared for <paramref name="collection"/>.</summary>
    IReadOnlyList<string> SensitiveFieldsOf(string collection);

    /// <summary>Starts a transaction that sees one consistent state of the whole store (for copies).</summary>
    IStoreTransaction BeginSnapshot();

    /// <summary>Every document, ordered by collection and id.</summary>
    IReadOnlyList<RawDocument> Documents();

    /// <summary>Every full-text entry.</summary>
    IReadOnlyList<RawText> FullText();

    /// <summary>Every owner's schema version.</summary>
    IReadOnlyList<RawSchemaVersion> SchemaVersionRows();

    /// <summary>Loads a whole cluster into this (empty) store, keeping journal sequence numbers, inside the current transaction.</summary>
    void Load(IReadOnlyList<RawDocument> documents, IReadOnlyList<JournalEntry> journal, IReadOnlyList<RawSchemaVersion> versions, IReadOnlyList<RawText> text);

    /// <summary>Overwrites stored JSON in place without journaling it, raising its version so stale copies cannot write the old content back (privacy erasure and key rotation only).</summary>
    void Rewrite(RawDocument document);

    /// <summary>Replaces the bodies of one journal entry in place (privacy erasure and key rotation only).</summary>
    void RewriteJournal(long sequence, string? before, string? after);

    /// <summary>Removes a document's full-text entries and, when <paramref name="text"/> is given, writes new ones.</summary>
    void RewriteText(string collection, string docId, IReadOnlyList<RawText>? text);

    /// <summary>Removes journal entries (retention purge and erasure) by sequence number.</summary>
    void DeleteJournal(IReadOnlyList<long> sequences);

    /// <summary>Removes a document without journaling its content (retention purge only).</summary>
    void Remove(string collection, string id);
}
