using System.Diagnostics;
using Meic.Cli.App;
using Meic.Testing;

namespace Meic.Cli.Tests;

/// <summary>
/// ./meic asks the built host whether the checkout's build is current. The stamp is written by the
/// real `stat -c '%n %.9Y'` that scripts/release.sh runs, so these tests hold the host to that format.
/// </summary>
public sealed class BuildStampTests : IDisposable
{
    private readonly TempDir _dir = new("meic-stamp");

    public BuildStampTests()
    {
        Directory.CreateDirectory(_dir.File("src/Meic.Cli"));
        File.WriteAllText(_dir.File("src/Meic.Cli/Program.cs"), "// a source");
        File.WriteAllText(_dir.File("global.json"), "{}");
        File.WriteAllText(_dir.File("name with space.json"), "{}");
        Stamp("global.json", "name with space.json", "src", "src/Meic.Cli", "src/Meic.Cli/Program.cs");
    }

    [Fact]
    public void Should_call_the_build_current_when_no_listed_path_changed_since_the_stamp()
    {
        BuildStamp.IsCurrent(_dir.Path).ShouldBeTrue();
    }

    [Fact]
    public void Should_call_the_build_stale_when_a_source_was_edited_after_the_stamp()
    {
        File.SetLastWriteTimeUtc(_dir.File("src/Meic.Cli/Program.cs"), DateTime.UtcNow.AddSeconds(5));
        BuildStamp.IsCurrent(_dir.Path).ShouldBeFalse();
    }

    [Fact]
    public void Should_call_the_build_stale_when_a_file_was_added_to_a_listed_folder()
    {
        File.WriteAllText(_dir.File("src/Meic.Cli/New.cs"), "// new");
        Directory.SetLastWriteTimeUtc(_dir.File("src/Meic.Cli"), DateTime.UtcNow.AddSeconds(5)); // as adding does, without waiting on the clock
        BuildStamp.IsCurrent(_dir.Path).ShouldBeFalse();
    }

    [Fact]
    public void Should_call_the_build_stale_when_a_listed_file_is_gone()
    {
        File.Delete(_dir.File("global.json"));
        BuildStamp.IsCurrent(_dir.Path).ShouldBeFalse();
    }

    [Fact]
    public void Should_call_the_build_stale_when_the_stamp_is_missing_or_does_not_match_the_list()
    {
        File.AppendAllText(_dir.File("artifacts/release/inputs"), "templates\n");
        BuildStamp.IsCurrent(_dir.Path).ShouldBeFalse();
        File.Delete(_dir.File("artifacts/release/stamp"));
        BuildStamp.IsCurrent(_dir.Path).ShouldBeFalse();
    }

    [Fact]
    public void Should_run_nothing_and_leave_the_mark_when_asked_by_the_checkout_script_and_stale()
    {
        File.SetLastWriteTimeUtc(_dir.File("global.json"), DateTime.UtcNow.AddSeconds(5));
        var ws = _dir.File("ws");
        var mark = _dir.File("stale.mark");
        var psi = MeicProcess.Start(_dir.Path, null, ["init", ws, "--template", "blank", "--city", "Torino"]);
        psi.Environment[BuildStamp.CheckoutVariable] = _dir.Path;
        psi.Environment[BuildStamp.MarkVariable] = mark;
        using var p = Process.Start(psi)!;
        p.StandardInput.Close();
        p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        p.ExitCode.ShouldBe(BuildStamp.StaleExitCode);
        File.Exists(mark).ShouldBeTrue();
        Directory.Exists(ws).ShouldBeFalse("a stale build runs nothing");
    }

    private void Stamp(params string[] paths)
    {
        Directory.CreateDirectory(_dir.File("artifacts/release"));
        File.WriteAllLines(_dir.File("artifacts/release/inputs"), paths);
        var psi = new ProcessStartInfo("stat") { WorkingDirectory = _dir.Path, RedirectStandardOutput = true };
        foreach (var a in new[] { "-c", "%n %.9Y", "--" }.Concat(paths)) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        var text = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        p.ExitCode.ShouldBe(0);
        File.WriteAllText(_dir.File("artifacts/release/stamp"), text);
    }

    public void Dispose() => _dir.Dispose();
}
