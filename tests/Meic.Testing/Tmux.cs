using System.Diagnostics;

namespace Meic.Testing;

/// <summary>
/// Drives a program in a real pseudo-terminal through tmux: type keys, read the screen.
/// Waits poll the screen for a condition a bounded number of times; nothing asserts on time.
/// </summary>
public sealed class Tmux : IDisposable
{
    private readonly string _session = "meic-" + Guid.NewGuid().ToString("N")[..8];

    public static bool Available => Which("tmux");

    public Tmux(string workingDirectory, string command, int width = 140, int height = 45)
    {
        Run("new-session", "-d", "-s", _session, "-x", width.ToString(), "-y", height.ToString(), "-c", workingDirectory, command);
    }

    public void Keys(params string[] keys) => Run(["send-keys", "-t", _session, .. keys]);

    public void Type(string text) => Run("send-keys", "-t", _session, "-l", text);

    public string Screen() => Run("capture-pane", "-p", "-t", _session);

    /// <summary>Polls the screen until <paramref name="condition"/> holds; returns the last screen either way.</summary>
    public string WaitFor(Func<string, bool> condition, int tries = 300)
    {
        var screen = "";
        for (var i = 0; i < tries; i++)
        {
            screen = Screen();
            if (condition(screen)) return screen;
            using var pause = new ManualResetEventSlim();
            pause.Wait(100); // a poll interval, not an assertion on time
        }
        return screen;
    }

    public string WaitFor(string text, int tries = 300) => WaitFor(s => s.Contains(text, StringComparison.Ordinal), tries);

    public bool Exists() => RunRaw("has-session", "-t", _session).ExitCode == 0;

    public void Dispose() => RunRaw("kill-session", "-t", _session);

    private static string Run(params string[] args)
    {
        var (code, output) = RunRaw(args);
        if (code != 0 && args[0] != "capture-pane") throw new InvalidOperationException($"tmux {string.Join(' ', args)} failed: {output}");
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

    private static bool Which(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Any(d => File.Exists(Path.Combine(d, program)));
}
