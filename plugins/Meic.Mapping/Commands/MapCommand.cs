using System.CommandLine;
using Meic.Sdk.Plugins;

namespace Meic.Mapping.Commands;

/// <summary>Wires <c>meic map …</c>; each subcommand lives in its own file.</summary>
public static class MapCommand
{
    public static Command Create(IMeicContext ctx)
    {
        var actors = new Command("actors", "Add, edit, list, show, remove and merge actors")
        {
            ActorAddCommand.Create(ctx), ActorEditCommand.Create(ctx), ActorListCommand.Create(ctx),
            ActorShowCommand.Create(ctx), ActorRemoveCommand.Create(ctx), ActorMergeCommand.Create(ctx),
        };
        var ties = new Command("ties", "Add, list and remove ties between actors")
        {
            TieAddCommand.Create(ctx), TieListCommand.Create(ctx), TieRemoveCommand.Create(ctx),
        };
        return new Command("map", "Map actors and ties, network metrics, coverage and gaps")
        {
            actors, ties, WavesCommand.Create(ctx), ImportCommand.Create(ctx), ExportCommand.Create(ctx),
            MetricsCommand.Create(ctx), CoverageCommand.Create(ctx), ContextCommand.Create(ctx), DrawCommand.Create(ctx),
        };
    }
}
