using System.Diagnostics;

namespace Meic.Facilitation.Tests;

/// <summary>A real pseudo-terminal through tmux: start a command, send keys, read the screen.</summary>
internal sealed class Tmux : IDisposable
{
    public string Session { get; } = $"meic-fac-{Guid.NewGuid():N}"[..20];

    public static bool Available => Which("tmux");

    public void Start(string command) => Run("new-session", "-d", "-s", Session, "-x", "160", "-y", "50", command);

    public void Keys(params string[] keys) => Run(["send-keys", "-t", Session, .. keys]);

    public void Type(string text) => Run("send-keys", "-t", Session, "-l", text);

    public string Screen() => Run("capture-pane", "-p", "-t", Session);

    /// <summary>Polls the screen until <paramref name="condition"/> holds, a bounded number of times.</summary>
    public string WaitFor(Func<string, bool> condition, string what, int tries = 150)
    {
        var screen = "";
        for (var i = 0; i < tries; i++)
        {
            screen = Screen();
            if (condition(screen)) return screen;
            Thread.Sleep(100); // polling interval, not an assertion: the condition decides
        }
        throw new TimeoutException($"the screen never showed {what}:\n{screen}");
    }

    public string WaitFor(string text, int tries = 150) => WaitFor(s => s.Contains(text), $"'{text}'", tries);

    public void Kill() { try { Run("kill-session", "-t", Session); } catch (InvalidOperationException) { } }

    public void Dispose() => Kill();

    private static string Run(params string[] args)
    {
        var psi = new ProcessStartInfo("tmux") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        var output = p.StandardOutput.ReadToEnd();
        var error = p.StandardError.ReadToEnd();
        p.WaitForExit();
        if (p.ExitCode != 0) throw new InvalidOperationException($"tmux {string.Join(' ', args)}: {error}");
        return output;
    }

    private static bool Which(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Any(d => File.Exists(Path.Combine(d, tool)));
}

/// <summary>A test that needs a real pseudo-terminal; skipped, with the reason, only when tmux is absent.</summary>
public sealed class TmuxFactAttribute : FactAttribute
{
    public TmuxFactAttribute()
    {
        if (!Tmux.Available) Skip = "tmux is not installed: the live console needs a real pseudo-terminal to be tested";
    }
}
