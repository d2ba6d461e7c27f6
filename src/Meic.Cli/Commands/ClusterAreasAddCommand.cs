using System.CommandLine;
using Meic.Core.Hosting;
using Meic.Core.Setup;

namespace Meic.Cli.Commands;

/// <summary><c>meic cluster areas add [ID] --label it=… --label es=…</c>.</summary>
internal static class ClusterAreasAddCommand
{
    public static Command Create(MeicContext context)
    {
        var t = context.Strings;
        var id = new Argument<string?>("ID") { Description = t["cmd.cluster.areas.newId"], Arity = ArgumentArity.ZeroOrOne };
        var labels = ClusterAreasCommand.LabelOption(context);
        var command = new Command("add", t["cmd.cluster.areas.add"]) { id, labels };
        command.SetAction(parse =>
        {
            var cluster = ClusterRecord.Load(context);
            var area = ClusterSettings.AddArea(cluster, parse.GetValue(id), parse.GetValue(labels) ?? [], t);
            ClusterRecord.Save(context, cluster, null, "cmd.cluster.areas.add");
            ClusterAreasCommand.Said(context, "cluster.areas.added", area);
            return 0;
        });
        return command;
    }
}
