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

    [Theory]
    [InlineData("it", "Scrivi codice C#", "stato azzerato.", "comando della REPL sconosciuto: #nope; prova #help.")]
    [InlineData("es", "Escribe código C#", "estado borrado.", "comando de la REPL desconocido: #nope; prueba #help.")]
    public void Should_speak_the_persons_language_at_the_prompt(string language, string help, string cleared, string unknown)
    {
        var ws = Workspaces.CopyRome(_temp);
        var run = Repl(ws, "#help\n#reset\n#nope\n#exit", "--lang", language);

        run.ExitCode.ShouldBe(0, run.ToString());
        run.Out.ShouldContain(help);
        run.Out.ShouldContain(cleared);
        run.Err.ShouldContain(unknown);
    }

    private static MeicResult Repl(string workspace, string input, params string[] options)
    {
        var psi = MeicProcess.Start(workspace, null, ["repl", .. options]);
        using var p = Process.Start(psi)!;
        p.StandardInput.Write(input.Replace("\r\n", "\n") + "\n");
        p.StandardInput.Close();
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(TimeSpan.FromMinutes(10))) { p.Kill(true); throw new TimeoutException("repl did not finish"); }
        return new MeicResult(p.ExitCode, stdout.Result, stderr.Result);
    }
}
