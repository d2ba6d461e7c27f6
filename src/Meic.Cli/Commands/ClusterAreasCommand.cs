using System.CommandLine;
using Meic.Core.Hosting;
using Meic.Core.Setup;

namespace Meic.Cli.Commands;

/// <summary><c>meic cluster areas [add|rename|remove]</c>: the thematic areas; alone, lists them.</summary>
internal static class ClusterAreasCommand
{
    public static Command Create(MeicContext context)
    {
        var command = new Command("areas", context.Strings["cmd.cluster.areas"])
        {
            ClusterAreasAddCommand.Create(context),
            ClusterAreasRenameCommand.Create(context),
            ClusterAreasRemoveCommand.Create(context),
        };
        command.SetAction(_ =>
        {
            var cluster = ClusterRecord.Load(context);
            if (context.Json) context.WriteJson(cluster.Areas.Select(a => new { a.Id, label = a.Label }));
            else foreach (var a in cluster.Areas) context.Out.WriteLine($"{a.Id}  {ClusterSettings.LabelLine(a)}");
            return 0;
        });
        return command;
    }

    /// <summary>The repeatable <c>--label LANG=TEXT</c> option.</summary>
    public static Option<string[]> LabelOption(MeicContext context) =>
        new("--label", "-l") { Description = context.Strings["cmd.cluster.areas.label"], AllowMultipleArgumentsPerToken = false, Arity = ArgumentArity.OneOrMore };

    public static void Said(MeicContext context, string key, Sdk.Model.AreaDefinition area)
    {
        if (context.Json) context.WriteJson(new { area.Id, label = area.Label });
        else context.Out.WriteLine(context.Strings[key, area.Id, ClusterSettings.LabelLine(area)]);
    }
}
