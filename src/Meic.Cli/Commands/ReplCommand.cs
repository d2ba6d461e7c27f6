using System.CommandLine;
using Meic.Core.Hosting;
using Meic.Scripting;

namespace Meic.Cli.Commands;

/// <summary><c>meic repl</c>: an interactive C# prompt with the cluster open.</summary>
internal static class ReplCommand
{
    public static Command Create(MeicContext context, bool interactive)
    {
        var command = new Command("repl", context.Strings["cmd.repl"]);
        command.SetAction(_ =>
        {
            var config = context.RequireWorkspace().Config.Scripts;
            return new ReplSession(context, config).Run(Console.In, interactive && !Console.IsInputRedirected);
        });
        return command;
    }
}
