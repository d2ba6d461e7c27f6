using Meic.Sdk.Model;

namespace Meic.Sdk.Store;

/// <summary>
/// One database of typed JSON document collections, with transactions that span collections,
/// optimistic versioning and an append-only journal of every change.
/// Implementations: SQLite (embedded default) and PostgreSQL.
/// </summary>
public interface IDocumentStore : IDisposable
{
    /// <summary>What kind of store this is and where it lives.</summary>
    StoreInfo Info { get; }

    /// <summary>The append-only journal of every change.</summary>
    IJournal Journal { get; }

    /// <summary>Who the changes are recorded as made by.</summary>
    string User { get; set; }

    /// <summary>Declares a collection and its indexes; safe to call every time a plugin starts.</summary>
    void Declare(CollectionSpec spec);

    /// <summary>A typed view over the collection <paramref name="name"/>.</summary>
    IDocumentCollection<T> Collection<T>(string name) where T : Document;

    /// <summary>
    /// Starts a write transaction. Writes outside a transaction commit one by one.
    /// A transaction started inside another joins it; disposing without <see cref="IStoreTransaction.Commit"/> rolls everything back.
    /// </summary>
    IStoreTransaction BeginTransaction();

    /// <summary>Runs the migrations of <paramref name="owner"/> newer than its recorded schema version, all in one transaction.</summary>
    /// <returns>The versions that ran.</returns>
    IReadOnlyList<int> Migrate(string owner, IReadOnlyList<Migration> migrations);

    /// <summary>The schema version recorded for <paramref name="owner"/>, 0 when none.</summary>
    int SchemaVersion(string owner);

    /// <summary>How many documents each collection holds.</summary>
    IReadOnlyDictionary<string, long> Counts();

    /// <summary>Checks the database's integrity and returns the problems found (empty when sound).</summary>
    IReadOnlyList<string> CheckIntegrity();

    /// <summary>Raised after a transaction commits, with the changes it made.</summary>
    event Action<IReadOnlyList<JournalEntry>>? Committed;
}

/// <summary>Kind and location of a store.</summary>
/// <param name="Kind">"sqlite" or "postgres".</param>
/// <param name="Location">The database file, or the server and database without credentials.</param>
public sealed record StoreInfo(string Kind, string Location);

/// <summary>A write transaction. Dispose without committing to roll back.</summary>
public interface IStoreTransaction : IDisposable
{
    /// <summary>Makes every write since the transaction began durable, at once.</summary>
    void Commit();
}

/// <summary>A schema migration of one owner (a plugin or the host).</summary>
/// <param name="Version">The schema version this migration brings the owner to.</param>
/// <param name="Description">What it does, for the journal and <c>meic doctor</c>.</param>
/// <param name="Apply">The work; it runs inside the migration's transaction.</param>
public sealed record Migration(int Version, string Description, Action<IDocumentStore> Apply);
