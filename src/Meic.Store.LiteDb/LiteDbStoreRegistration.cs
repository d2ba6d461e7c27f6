using Meic.Core.Workspace;
using Meic.Sdk.Store;

namespace Meic.Store.LiteDb;

/// <summary>Makes <c>store.kind = "litedb"</c> available to the host (which sets <c>StoreFactory.LiteDb</c> to <see cref="Open"/>).</summary>
public static class LiteDbStoreRegistration
{
    /// <summary>Opens (or, with <paramref name="create"/>, creates) the LiteDB file <paramref name="workspace"/> names.</summary>
    public static IDocumentStore Open(ClusterWorkspace workspace, bool create) =>
        LiteDbDocumentStore.Open(workspace.DatabaseFile, create, workspace.Config.Store.BusyTimeoutMs);
}
