using Meic.Mapping.Model;
using Meic.Sdk.Model;
using Meic.Sdk.Plugins;
using Meic.Sdk.Store;
using Meic.Sdk.Text;

namespace Meic.Mapping.Domain;

/// <summary>The collections the mapping reads and writes, over one store.</summary>
public sealed class MapData(IDocumentStore store, Strings? text = null)
{
    public IDocumentStore Store { get; } = store;
    /// <summary>The plugin's strings in the user's language, for the refusals of what reads through this data.</summary>
    public Strings Text { get; } = text ?? MappingPlugin.Text("en");
    public IDocumentCollection<Actor> Actors => Store.Collection<Actor>(Actor.CollectionName);
    public IDocumentCollection<Relationship> Ties => Store.Collection<Relationship>(Relationship.CollectionName);
    public IDocumentCollection<Wave> Waves => Store.Collection<Wave>(Wave.CollectionName);
    public IDocumentCollection<PopulationFigure> Population => Store.Collection<PopulationFigure>(PopulationFigure.CollectionName);
    public IDocumentCollection<Need> Needs => Store.Collection<Need>(Need.CollectionName);
    public Cluster Cluster => Store.Collection<Cluster>(Cluster.CollectionName).Get("cluster") ?? new Cluster();

    public static MapData From(IMeicContext ctx) => new(ctx.Store, MappingPlugin.Text(ctx));

    /// <summary>The actor with this id, or the one whose name matches (ignoring case and punctuation).</summary>
    public Actor Find(string idOrName, string where)
    {
        var byId = Actors.Get(idOrName);
        if (byId is not null) return byId;
        var key = NameKey.Of(idOrName);
        var matches = Actors.All().Where(a => NameKey.Of(a.Name) == key).ToList();
        if (matches.Count == 1) return matches[0];
        if (matches.Count == 0 && NameKey.Compact(key).Length >= 3)
        {
            // part of one name (what the screens' pickers accept): "caritas" for "Caritas di Roma", when no other name has it
            var part = NameKey.Compact(key);
            matches = Actors.All().Where(a => NameKey.Compact(NameKey.Of(a.Name)).Contains(part, StringComparison.Ordinal)).ToList();
            if (matches.Count == 1) return matches[0];
        }
        if (matches.Count > 1) throw new Meic.Sdk.Errors.InputException(Text["refuse.actorAmbiguous", idOrName, matches.Count, string.Join(", ", matches.Select(m => $"{m.Name} ({m.Id})"))], where);
        var nearest = Meic.Sdk.Text.Names.Nearest(idOrName, Actors.All().Select(a => a.Id));
        throw new Meic.Sdk.Errors.InputException(Text["refuse.noActor", idOrName, nearest is null ? "" : Text["refuse.didYouMean", nearest]], where);
    }
}
