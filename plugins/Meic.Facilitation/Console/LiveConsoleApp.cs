using System.Runtime.InteropServices;
using Terminal.Gui.App;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace Meic.Facilitation.Console;

/// <summary>
/// <c>meic meeting run ID</c> in a terminal of its own: the live console full screen. Ctrl+Q (or Ctrl+C) leaves, saving
/// the note first; SIGTERM and SIGINT do the same, and the application's disposal gives the terminal back however it ends.
/// </summary>
internal static class LiveConsoleApp
{
    public static string? Run(Store.Facilitation f, string meetingId, bool takeOver) => Run(f, meetingId, takeOver, out _);

    /// <param name="wrote">Whether the console held the meeting when it ended (a read-only one paused nothing).</param>
    public static string? Run(Store.Facilitation f, string meetingId, bool takeOver, out bool wrote)
    {
        wrote = false;
        using var app = Application.Create();
        app.Init();
        var window = new Runnable { Width = Dim.Fill(), Height = Dim.Fill() };
        LiveConsole? console = null;
        void Stop(PosixSignalContext signal)
        {
            signal.Cancel = true; // stop through the loop, so the note is saved and the terminal restored on the way out
            if (signal.Signal == PosixSignal.SIGHUP) { console?.Leave(); Environment.Exit(129); }
            app.Invoke(() => app.RequestStop(window));
        }
        using var term = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
        using var hup = PosixSignalRegistration.Create(PosixSignal.SIGHUP, Stop);
        using var intr = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        try
        {
            console = new LiveConsole(f, meetingId, TimeProvider.System, takeOver);
            window.Add(console);
            app.Keyboard.KeyDown += (_, key) =>
            {
                if (key.Handled) return;
                if (key == Key.Q.WithCtrl || key == Key.C.WithCtrl) { app.RequestStop(window); key.Handled = true; }
                // Esc never leaves the console by accident: it only discards a form (handled by the console itself).
                else if (key == Key.Esc && console.Form is null) key.Handled = true;
            };
            console.Attach(app);
            // The meeting closed: the minutes' path stays on screen a moment, then the console ends.
            console.Finished += () => app.AddTimeout(TimeSpan.FromSeconds(2), () => { app.RequestStop(window); return false; });
            app.Run(window);
            wrote = console.Writing;
            return console.MinutesFile;
        }
        finally
        {
            console?.Leave();
            window.Dispose();
        }
    }
}
