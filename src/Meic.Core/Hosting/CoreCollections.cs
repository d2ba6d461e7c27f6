using Meic.Sdk.Model;
using Meic.Sdk.Store;

namespace Meic.Core.Hosting;

/// <summary>The collections the host itself owns: the cluster, its actors and their ties, and the record of imports.</summary>
public static class CoreCollections
{
    /// <summary>Declares them on <paramref name="store"/>.</summary>
    public static void Declare(IDocumentStore store)
    {
        store.Declare(new CollectionSpec(Cluster.CollectionName));
        store.Declare(new CollectionSpec(Actor.CollectionName).Index("sector").Index("stage").Index("networkKind").Index("name")
            .Sensitive("contacts[*].name").Sensitive("contacts[*].email").Sensitive("contacts[*].phone"));
        store.Declare(new CollectionSpec(Relationship.CollectionName).Index("source").Index("target").Index("wave"));
        store.Declare(new CollectionSpec(ImportRecord.CollectionName));
    }
}
