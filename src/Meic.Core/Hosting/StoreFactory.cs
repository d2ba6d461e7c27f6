using Meic.Core.Store;
using Meic.Core.Workspace;
using Meic.Sdk.Errors;
using Meic.Sdk.Store;

namespace Meic.Core.Hosting;

/// <summary>Opens the store a workspace's toolkit.json names.</summary>
public static class StoreFactory
{
    /// <summary>Opens other kinds of store (PostgreSQL), registered by the assembly that implements them.</summary>
    public static Func<ClusterWorkspace, bool, IDocumentStore>? Postgres { get; set; }

    /// <summary>Opens LiteDB files (<c>store.kind = "litedb"</c>), registered by the assembly that implements them.</summary>
    public static Func<ClusterWorkspace, bool, IDocumentStore>? LiteDb { get; set; }

    /// <summary>Opens the workspace's store; <paramref name="create"/> makes a new one.</summary>
    public static IDocumentStore Open(ClusterWorkspace workspace, bool create = false)
    {
        var store = workspace.Config.Store.Kind switch
        {
            "sqlite" => (IDocumentStore)SqliteDocumentStore.Open(workspace.DatabaseFile, create, workspace.Config.Store.BusyTimeoutMs),
            "litedb" => LiteDb?.Invoke(workspace, create)
                ?? throw Worded.Input("store.kind.unavailable", $"{workspace.ConfigFile}: $.store.kind", "litedb"),
            "postgres" => Postgres?.Invoke(workspace, create)
                ?? throw Worded.Input("store.kind.unavailable", $"{workspace.ConfigFile}: $.store.kind", "postgres"),
            var other => throw Worded.Input("store.kind.unknown", $"{workspace.ConfigFile}: $.store.kind", other),
        };
        // Sensitive fields are sealed with keys kept outside the database.
        if (store is IStoreDump sealable) sealable.Cipher = Privacy.KeyRing.For(workspace.Directory);
        CoreCollections.Declare(store);
        return store;
    }
}
