using System.CommandLine;
using Meic.Sdk.Plugins;

namespace Meic.Mapping.Commands;

/// <summary>Wires <c>meic map …</c>; each subcommand lives in its own file.</summary>
public static class MapCommand
{
    public static Command Create(IMeicContext ctx)
    {
        var text = MappingPlugin.Text(ctx);
        var actors = new Command("actors", text["cmd.actors"])
        {
            ActorAddCommand.Create(ctx), ActorEditCommand.Create(ctx), ActorListCommand.Create(ctx),
            ActorShowCommand.Create(ctx), ActorRemoveCommand.Create(ctx), ActorMergeCommand.Create(ctx),
        };
        var ties = new Command("ties", text["cmd.ties"])
        {
            TieAddCommand.Create(ctx), TieEditCommand.Create(ctx), TieListCommand.Create(ctx), TieRemoveCommand.Create(ctx),
        };
        return new Command("map", text["cmd.map"])
        {
            actors, ties, WavesCommand.Create(ctx), ImportCommand.Create(ctx), ExportCommand.Create(ctx),
            MetricsCommand.Create(ctx), CoverageCommand.Create(ctx), ContextCommand.Create(ctx), DrawCommand.Create(ctx),
        };
    }
}
