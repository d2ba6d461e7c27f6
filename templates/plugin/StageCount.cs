using Meic.Sdk.Model;
using Meic.Sdk.Plugins;
using Meic.Sdk.Text;

namespace Meic.CityPlugin;

/// <summary>How many actors are at each engagement stage.</summary>
public sealed record StageCount(string Stage, int Actors)
{
    /// <summary>Reads the counts from the store.</summary>
    public static IReadOnlyList<StageCount> Read(IMeicContext ctx)
    {
        var actors = ctx.Store.Collection<Actor>(Actor.CollectionName).All();
        return Enum.GetValues<EngagementStage>().Select(s => new StageCount(Names.Kebab(s), actors.Count(a => a.Stage == s))).ToList();
    }
}
