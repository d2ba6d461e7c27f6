using Meic.Cli.App;
using Meic.Core.Hosting;
using Meic.Sdk.Errors;
using Meic.Sdk.Model;
using Meic.Sdk.Store;

namespace Meic.Cli.Commands;

/// <summary>The cluster record the <c>meic cluster</c> commands read and change.</summary>
internal static class ClusterRecord
{
    public static Cluster Load(MeicContext context) =>
        context.Store.Collection<Cluster>(Cluster.CollectionName).Get("cluster")
        ?? throw new MeicException(context.Strings["cluster.err.noRecord"]);

    /// <summary>Saves the changed record (and any new actor) in one transaction, as the coordinator.</summary>
    public static void Save(MeicContext context, Cluster cluster, Actor? newActor, string whatKey)
    {
        Access.RequireCoordinator(context, whatKey);
        using var tx = context.Store.BeginTransaction();
        if (newActor is not null) context.Store.Collection<Actor>(Actor.CollectionName).Insert(newActor);
        context.Store.Collection<Cluster>(Cluster.CollectionName).Update(cluster);
        tx.Commit();
    }

    public static IDocumentCollection<Actor> Actors(MeicContext context) => context.Store.Collection<Actor>(Actor.CollectionName);
}
