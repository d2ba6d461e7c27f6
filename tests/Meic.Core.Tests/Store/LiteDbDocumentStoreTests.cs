using Meic.Sdk.Store;
using Meic.Store.LiteDb;
using Meic.Testing;

namespace Meic.Core.Tests.Store;

/// <summary>The store contract on a real LiteDB file, through the toolkit's cross-process lock.</summary>
public sealed class LiteDbDocumentStoreTests : DocumentStoreContractTests
{
    private readonly TempDir _dir = new("meic-litedb");

    protected override IDocumentStore CreateStore() => LiteDbDocumentStore.Open(_dir.File($"{Guid.NewGuid():N}.litedb"), create: true);

    protected override IDocumentStore Reopen(IDocumentStore store) => LiteDbDocumentStore.Open(((LiteDbDocumentStore)store).Path);

    protected override void Cleanup() => _dir.Dispose();
}
