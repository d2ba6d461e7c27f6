using Meic.Core.Store;
using Meic.Sdk.Store;
using Meic.Testing;

namespace Meic.Core.Tests.Store;

public sealed class SqliteDocumentStoreTests : DocumentStoreContractTests
{
    private readonly TempDir _dir = new("meic-sqlite");

    protected override IDocumentStore CreateStore() => SqliteDocumentStore.Open(_dir.File($"{Guid.NewGuid():N}.db"), create: true);

    protected override IDocumentStore Reopen(IDocumentStore store) => SqliteDocumentStore.Open(((SqliteDocumentStore)store).Path);

    protected override void Cleanup() => _dir.Dispose();
}
