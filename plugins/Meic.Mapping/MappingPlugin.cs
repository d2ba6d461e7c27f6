using Meic.Mapping.Commands;
using Meic.Mapping.Domain;
using Meic.Mapping.Model;
using Meic.Mapping.Screens;
using Meic.Sdk.Plugins;
using Meic.Sdk.Store;
using Meic.Sdk.Text;

namespace Meic.Mapping;

/// <summary>The stakeholder map: actors, ties, waves, metrics, coverage and the context analysis.</summary>
public sealed class MappingPlugin : IMeicPlugin
{
    public void Register(IPluginRegistry registry)
    {
        registry.AddCollection(new CollectionSpec(Wave.CollectionName).Index("date"));
        registry.AddCollection(new CollectionSpec(PopulationFigure.CollectionName).Index("dimension").Index("district"));
        registry.AddCollection(new CollectionSpec(Need.CollectionName).Index("area").Index("district").Searchable("description"));
        registry.AddCommand("map", MapCommand.Create);
        registry.AddScreen("map-actors", ActorScreens.Open);
        registry.AddScreen("map-ties", TieScreens.Open);
        registry.AddScreen("map-coverage", CoverageScreens.Matrix);
        registry.AddScreen("map-coverage-cells", CoverageScreens.Cells);
        registry.AddScreen("map-metrics", MetricsScreens.Open);
        registry.AddScreen("map-waves", WaveScreens.Open);
        registry.AddScreen("map-import", ImportScreens.Open);
        registry.AddTemplateSeeder(TemplateSeeder.Seed);
    }

    internal static Strings Text(IMeicContext ctx) => Text(ctx.Language);

    internal static Strings Text(string language) => Strings.Load(typeof(MappingPlugin).Assembly, "Meic.Mapping.strings", language);
}
