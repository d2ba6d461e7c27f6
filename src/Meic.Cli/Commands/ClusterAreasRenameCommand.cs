using System.CommandLine;
using Meic.Core.Hosting;
using Meic.Core.Setup;

namespace Meic.Cli.Commands;

/// <summary><c>meic cluster areas rename ID --label it=… [--label es=…]</c>: the languages given change, the others stay.</summary>
internal static class ClusterAreasRenameCommand
{
    public static Command Create(MeicContext context)
    {
        var t = context.Strings;
        var id = new Argument<string>("ID") { Description = t["cmd.cluster.areas.id"] };
        var labels = ClusterAreasCommand.LabelOption(context);
        var command = new Command("rename", t["cmd.cluster.areas.rename"]) { id, labels };
        command.SetAction(parse =>
        {
            var cluster = ClusterRecord.Load(context);
            var area = ClusterSettings.RenameArea(cluster, parse.GetValue(id)!, parse.GetValue(labels) ?? [], t);
            ClusterRecord.Save(context, cluster, null, "cmd.cluster.areas.rename");
            ClusterAreasCommand.Said(context, "cluster.areas.renamed", area);
            return 0;
        });
        return command;
    }
}
