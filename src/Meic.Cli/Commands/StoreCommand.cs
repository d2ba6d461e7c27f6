using System.CommandLine;
using Meic.Core.Hosting;

namespace Meic.Cli.Commands;

/// <summary><c>meic store …</c>: moving a cluster between stores.</summary>
internal static class StoreCommand
{
    public static Command Create(MeicContext context) =>
        new("store", "Move the cluster between stores (SQLite file, PostgreSQL server)") { StoreCopyCommand.Create(context) };
}
