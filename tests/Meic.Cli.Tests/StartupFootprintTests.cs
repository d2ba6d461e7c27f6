using System.Diagnostics;
using Meic.Testing;

namespace Meic.Cli.Tests;

/// <summary>Terminal.Gui and the application (Meic.Tui) load only when a full-screen view runs: the files each command opens, seen with strace.</summary>
public sealed class StartupFootprintTests : IDisposable
{
    private readonly TempDir _dir = new("meic-footprint");

    [StraceFact]
    public void Should_not_open_terminal_gui_or_the_application_for_status_help_or_init_with_flags()
    {
        MeicProcess.Run(_dir.Path, "init", "ws", "--template", "blank", "--city", "Torino").ExitCode.ShouldBe(0);
        var ws = _dir.File("ws");
        foreach (var args in new[] { new[] { "status" }, ["--help"], ["cluster", "show"], ["init", _dir.File("other"), "--template", "rome"] })
        {
            var opened = OpenedFiles(ws, args);
            opened.ShouldContain(f => f.EndsWith("meic.dll", StringComparison.Ordinal), "strace saw the host start"); // the check itself works
            opened.ShouldNotContain(f => f.EndsWith("Terminal.Gui.dll", StringComparison.Ordinal), $"meic {string.Join(' ', args)}");
            opened.ShouldNotContain(f => f.EndsWith("Meic.Tui.dll", StringComparison.Ordinal), $"meic {string.Join(' ', args)}");
        }
    }

    private List<string> OpenedFiles(string ws, string[] args)
    {
        var trace = _dir.File($"trace-{Guid.NewGuid():N}");
        var psi = MeicProcess.Start(ws, null, args);
        psi.ArgumentList.Insert(0, psi.FileName);
        foreach (var a in new[] { "-f", "-e", "trace=openat", "-o", trace }.Reverse()) psi.ArgumentList.Insert(0, a);
        psi.FileName = "strace";
        using var p = Process.Start(psi)!;
        p.StandardInput.Close();
        var output = p.StandardOutput.ReadToEndAsync();
        var errors = p.StandardError.ReadToEndAsync();
        p.WaitForExit();
        p.ExitCode.ShouldBe(0, $"{output.Result}\n{errors.Result}");
        return File.ReadAllLines(trace).Where(l => !l.Contains("ENOENT")).Select(l => l.Split('"').ElementAtOrDefault(1) ?? "").ToList();
    }

    public void Dispose() => _dir.Dispose();
}

/// <summary>A fact that needs strace to see which files a process opens.</summary>
public sealed class StraceFactAttribute : FactAttribute
{
    public StraceFactAttribute()
    {
        if (!(Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Any(d => File.Exists(Path.Combine(d, "strace"))))
            Skip = "strace is not installed: it shows which assemblies a command opens";
    }
}
