using System.Diagnostics;
using Meic.Testing;

namespace Meic.Scripting.Tests;

/// <summary>`meic repl` with input piped in, as a terminal would send it.</summary>
public sealed class ReplTests : IDisposable
{
    private readonly TempDir _temp = new("meic-repl");

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Should_keep_state_across_submissions_accept_multi_line_input_and_save_history()
    {
        var ws = Workspaces.CopyRome(_temp);
        var run = Repl(ws, """
            var n = (int)Actors.Count();
            int Twice(int x)
            {
                return 2 * x;
            }
            Twice(n)
            throw new Exception("boom");
            n + 1
            new System.Net.WebClient()
            #exit
            """);

        run.ExitCode.ShouldBe(0, run.ToString());
        run.Out.ShouldContain("46");
        run.Out.ShouldContain("24");
        run.Err.ShouldContain("the submission failed: Exception: boom");
        run.Err.ShouldContain("error MEIC001: `System.Net.WebClient` opens network connections");
        File.ReadAllText(Path.Combine(ws, ".meic", "repl-history")).ShouldContain("Twice(n)");
    }

    private static MeicResult Repl(string workspace, string input)
    {
        var psi = MeicProcess.Start(workspace, null, "repl");
        using var p = Process.Start(psi)!;
        p.StandardInput.Write(input.Replace("\r\n", "\n") + "\n");
        p.StandardInput.Close();
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(TimeSpan.FromMinutes(10))) { p.Kill(true); throw new TimeoutException("repl did not finish"); }
        return new MeicResult(p.ExitCode, stdout.Result, stderr.Result);
    }
}
