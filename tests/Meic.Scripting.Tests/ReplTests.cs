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

    // The prompt gets the guard scripts get: an endless loop and an endless recursion each end with a message, and the session goes on.
    [Theory]
    [InlineData("en", "the submission was stopped: it ran longer than its limit of 3 s", "the submission was stopped: its calls nested too deep")]
    [InlineData("it", "è andato oltre il suo limite di 3 s", "le sue chiamate si annidano troppo")]
    public void Should_stop_an_endless_loop_and_an_endless_recursion_and_keep_the_prompt(string language, string stopped, string tooDeep)
    {
        // Room for the recursion to unwind on a busy machine before the limit: it must end by depth, not by time.
        var ws = Workspaces.CopyRome(_temp, c => c["scripts"]!["timeoutSeconds"] = 3);
        var run = Repl(ws, """
            long n = 0;
            while (true) { n++; }
            int Down(int k) => Down(k + 1) + 1;
            Down(0)
            40 + 2
            #exit
            """, "--lang", language);

        run.ExitCode.ShouldBe(0, run.ToString());
        run.Err.ShouldContain(stopped);
        run.Err.ShouldContain(tooDeep);
        run.Err.ShouldNotContain("Stack overflow");
        run.Err.ShouldNotContain("   at ");
        run.Out.ShouldContain("42");
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
