using System.CommandLine;
using Meic.Cli.Tui;
using Meic.Core.Hosting;
using Meic.Sdk.Errors;

namespace Meic.Cli.Commands;

/// <summary><c>meic ui</c>: the terminal UI (also what <c>meic</c> alone opens in a terminal).</summary>
internal static class UiCommand
{
    public static Command Create(MeicContext context)
    {
        var command = new Command("ui", context.Strings["cmd.ui"]);
        command.SetAction(_ =>
        {
            if (Console.IsInputRedirected || Console.IsOutputRedirected)
                throw new InputException(context.Strings["ui.noTerminal"]);
            context.RequireWorkspace();
            return ShellLauncher.Run(context);
        });
        return command;
    }
}
