using System.CommandLine;
using Meic.Core.Hosting;
using Meic.Core.Setup;

namespace Meic.Cli.Commands;

/// <summary><c>meic cluster areas remove ID</c>: refused while an actor is recorded in the area.</summary>
internal static class ClusterAreasRemoveCommand
{
    public static Command Create(MeicContext context)
    {
        var t = context.Strings;
        var id = new Argument<string>("ID") { Description = t["cmd.cluster.areas.id"] };
        var command = new Command("remove", t["cmd.cluster.areas.remove"]) { id };
        command.SetAction(parse =>
        {
            var cluster = ClusterRecord.Load(context);
            var actors = ClusterRecord.Actors(context).All();
            var area = ClusterSettings.RemoveArea(cluster, parse.GetValue(id)!, a => actors.Count(x => x.Areas.Contains(a)), t);
            ClusterRecord.Save(context, cluster, null, "cmd.cluster.areas.remove");
            if (context.Json) context.WriteJson(new { removed = area.Id });
            else context.Out.WriteLine(t["cluster.areas.removed", area.Id]);
            return 0;
        });
        return command;
    }
}
