using Meic.Core.Hosting;
using Meic.Core.Workspace;
using Meic.Sdk.Errors;
using Meic.Sdk.Store;

namespace Meic.Store.Postgres;

/// <summary>Makes <c>store.kind = "postgres"</c> available to the host (which sets <see cref="StoreFactory.Postgres"/> to <see cref="Open"/>).</summary>
public static class PostgresStoreRegistration
{
    /// <summary>The environment variable that holds the connection string (it wins over toolkit.json, so passwords stay out of files).</summary>
    public const string EnvironmentVariable = "MEIC_DATABASE_URL";

    /// <summary>The connection string a workspace uses.</summary>
    public static string ConnectionStringOf(ClusterWorkspace workspace) =>
        Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } env ? env
        : workspace.Config.Store.ConnectionString
          ?? throw Meic.Core.Hosting.Worded.Input("store.pg.noConnection", $"{workspace.ConfigFile}: $.store", EnvironmentVariable);

    /// <summary>Opens (or, with <paramref name="create"/>, creates) the PostgreSQL store <paramref name="workspace"/> names.</summary>
    public static IDocumentStore Open(ClusterWorkspace workspace, bool create) =>
        PostgresDocumentStore.Open(ConnectionStringOf(workspace), create);
}
