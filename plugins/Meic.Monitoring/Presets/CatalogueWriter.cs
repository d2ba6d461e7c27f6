using Meic.Monitoring.Model;
using Meic.Sdk.Store;

namespace Meic.Monitoring.Presets;

/// <summary>Writes checked indicators into the catalogue inside one transaction: new ones inserted, existing ones replaced.</summary>
public static class CatalogueWriter
{
    public static (int Added, int Replaced) Write(IDocumentStore store, IReadOnlyList<Indicator> indicators)
    {
        var catalogue = store.Collection<Indicator>(Indicator.CollectionName);
        int added = 0, replaced = 0;
        using var tx = store.BeginTransaction();
        foreach (var ind in indicators)
        {
            ind.Id = ind.Code;
            if (catalogue.Get(ind.Code) is { } existing) { ind.Version = existing.Version; catalogue.Update(ind); replaced++; }
            else { catalogue.Insert(ind); added++; }
        }
        tx.Commit();
        return (added, replaced);
    }
}
