using Meic.Sdk.Store;
using Meic.Store.Postgres;
using Meic.Testing;

namespace Meic.Core.Tests.Store;

/// <summary>The store contract on a real PostgreSQL server; each test gets its own fresh schema.</summary>
public sealed class PostgresDocumentStoreTests : DocumentStoreContractTests
{
    private readonly PostgresTestDatabase _db = new();

    protected override IDocumentStore CreateStore()
    {
        Skip.IfNot(PostgresTestDatabase.Available, PostgresTestDatabase.SkipReason);
        return PostgresDocumentStore.Open(_db.ConnectionString, create: true);
    }

    protected override IDocumentStore Reopen(IDocumentStore store) => PostgresDocumentStore.Open(((PostgresDocumentStore)store).ConnectionString);

    protected override void Cleanup() => _db.Dispose();
}
