using System.Diagnostics;
using Xunit;

namespace Meic.Testing;

/// <summary>
/// Drives a program in a real pseudo-terminal through tmux: start it, type keys, read the screen.
/// Waits poll the screen for a condition a bounded number of times and fail with the last screen;
/// nothing asserts on time.
/// </summary>
public sealed class Tmux : IDisposable
{
    private readonly string? _workingDirectory;
    private readonly int _width, _height;

    public static bool Available =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Any(d => File.Exists(Path.Combine(d, "tmux")));

    public Tmux(string? workingDirectory = null, string? command = null, int width = 160, int height = 50)
    {
        _workingDirectory = workingDirectory;
        (_width, _height) = (width, height);
        if (command is not null) Start(command);
    }

    // Generous: each poll also starts a tmux process, and on a busy machine the program under test can take a
    // minute to draw its first screen. A condition that holds ends the wait at once.
    private const int DefaultTries = 3000;

    public string Session { get; } = "meic-" + Guid.NewGuid().ToString("N")[..12];

    /// <summary>Starts <paramref name="command"/> in the session (again, after <see cref="Kill"/>).</summary>
    public void Start(string command)
    {
        var args = new List<string> { "new-session", "-d", "-s", Session, "-x", _width.ToString(), "-y", _height.ToString() };
        if (_workingDirectory is not null) args.AddRange(["-c", _workingDirectory]);
        args.Add(command);
        Run([.. args]);
    }

    public void Keys(params string[] keys) => Run(["send-keys", "-t", Session, .. keys]);

    public void Type(string text) => Run("send-keys", "-t", Session, "-l", text);

    public string Screen() => RunRaw("capture-pane", "-p", "-t", Session).Output;

    /// <summary>Resizes the window, as a person dragging the terminal's corner does.</summary>
    public void Resize(int width, int height) => Run("resize-window", "-t", Session, "-x", width.ToString(), "-y", height.ToString());

    /// <summary>A tmux format for the pane (for example <c>#{alternate_on}</c>: whether the alternate screen is on).</summary>
    public string Display(string format) => Run("display-message", "-p", "-t", Session, format).Trim();

    /// <summary>Polls the screen until <paramref name="condition"/> holds; fails with the last screen when it never does.</summary>
    public string WaitFor(Func<string, bool> condition, string what = "the expected screen", int tries = DefaultTries)
    {
        var screen = "";
        using var pause = new ManualResetEventSlim();
        for (var i = 0; i < tries; i++)
        {
            screen = Screen();
            if (condition(screen)) return screen;
            pause.Wait(100); // a poll interval, not an assertion on time: the condition decides
        }
        throw new TimeoutException($"the screen never showed {what}:\n{screen}");
    }

    public string WaitFor(string text, int tries = DefaultTries) => WaitFor(s => s.Contains(text, StringComparison.Ordinal), $"'{text}'", tries);

    /// <summary>Waits until every text is on the screen at once: a redraw can show one line before the next.</summary>
    public string WaitForAll(params string[] texts) =>
        WaitFor(s => texts.All(t => s.Contains(t, StringComparison.Ordinal)), string.Join(" and ", texts.Select(t => $"'{t}'")));

    public void Kill() => RunRaw("kill-session", "-t", Session);

    public void Dispose() => Kill();

    private static string Run(params string[] args)
    {
        var (code, output) = RunRaw(args);
        if (code != 0) throw new InvalidOperationException($"tmux {string.Join(' ', args)} failed: {output}");
        return output;
    }

    private static (int ExitCode, string Output) RunRaw(params string[] args)
    {
        var psi = new ProcessStartInfo("tmux") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        var output = p.StandardOutput.ReadToEnd() + p.StandardError.ReadToEnd();
        p.WaitForExit();
        return (p.ExitCode, output);
    }
}

/// <summary>A test that needs a real pseudo-terminal: skipped, with the reason, where tmux is absent.</summary>
public sealed class TmuxFactAttribute : FactAttribute
{
    public TmuxFactAttribute()
    {
        if (!Tmux.Available) Skip = "tmux is not installed: the terminal UI needs a real pseudo-terminal to be tested";
    }
}
