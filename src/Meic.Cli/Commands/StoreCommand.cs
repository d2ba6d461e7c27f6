using System.CommandLine;
using Meic.Core.Hosting;

namespace Meic.Cli.Commands;

/// <summary><c>meic store …</c>: moving a cluster between stores.</summary>
internal static class StoreCommand
{
    public static Command Create(MeicContext context) =>
        new("store", context.Strings["cmd.store"]) { StoreCopyCommand.Create(context) };
}
