using System.Runtime.CompilerServices;
using Meic.Core.Hosting;

namespace Meic.Cli.Tui;

/// <summary>Starts the terminal application. Kept apart so that Meic.Tui and Terminal.Gui load only when it runs.</summary>
internal static class ShellLauncher
{
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static int Run(MeicContext context)
    {
        context.RequireWorkspace();
        return Meic.Tui.ShellApp.Run(new CliShellHost(context));
    }
}
