using System.Runtime.InteropServices;
using Terminal.Gui.App;

namespace Meic.Tui;

/// <summary>
/// Runs the terminal application until the user quits. The terminal is given back however it ends: on quit, on an
/// error, on SIGTERM, SIGHUP or SIGINT (a stop is requested, so the shutdown below restores the screen), on Ctrl+C.
/// </summary>
internal static class ShellApp
{
    public static int Run(IShellHost host)
    {
        using var app = Application.Create();
        app.Init();
        Shell? shell = null;
        void Stop(PosixSignalContext signal)
        {
            signal.Cancel = true; // the application stops itself, and restores the terminal on the way out
            // SIGHUP: the terminal is gone (a closed window, a killed tmux), so there is nothing to give back, and a loop
            // reading a vanished terminal would spin for ever. Every Save was already one committed transaction.
            if (signal.Signal == PosixSignal.SIGHUP) Environment.Exit(129);
            app.Invoke(() => { if (shell is null) app.RequestStop(); else shell.StopNow(); });
            // A loop that cannot take the request must not keep the process alive: after a grace period the terminal is
            // given back by hand (main screen, cursor shown) and the process ends.
            var code = signal.Signal == PosixSignal.SIGTERM ? 143 : 130;
            _ = Task.Delay(TimeSpan.FromSeconds(10)).ContinueWith(_ =>
            {
                Console.Out.Write("\u001b[?1049l\u001b[?25h\u001b[0m");
                Console.Out.Flush();
                Environment.Exit(code);
            }, TaskScheduler.Default);
        }
        using var term = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
        using var hup = PosixSignalRegistration.Create(PosixSignal.SIGHUP, Stop);
        using var intr = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        try
        {
            shell = new Shell(app, host, new TerminalDialogs(app, host.Context.Strings));
            // A failure that escapes a screen is shown and the application goes on.
            app.Run(shell, e => { shell.Fail(shell.Current.Screen.Title, e); return true; });
        }
        finally
        {
            shell?.Dispose();
        }
        return 0;
    }
}
