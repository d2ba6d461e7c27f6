using System.CommandLine;
using Meic.Core.Hosting;

namespace Meic.Cli.Commands;

/// <summary><c>meic cluster show|set|areas …</c>: the cluster's own settings, after <c>meic init</c>.</summary>
internal static class ClusterCommand
{
    public static Command Create(MeicContext context) =>
        new("cluster", context.Strings["cmd.cluster"])
        {
            ClusterShowCommand.Create(context),
            ClusterSetCommand.Create(context),
            ClusterAreasCommand.Create(context),
        };
}
