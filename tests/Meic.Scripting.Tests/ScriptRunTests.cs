using Meic.Testing;

namespace Meic.Scripting.Tests;

/// <summary>`meic script run` through the real host: globals, cache, errors, limits and the guard.</summary>
public sealed class ScriptRunTests : IDisposable
{
    private readonly TempDir _temp = new("meic-script");

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Should_give_scripts_typed_access_to_the_cluster_and_their_arguments()
    {
        var ws = Workspaces.CopyRome(_temp);
        Workspaces.Script(ws, "count.csx", """
            var members = Actors.All().Count(a => a.Stage == EngagementStage.Member);
            Console.WriteLine($"{Cluster.City}: {Actors.Count()} actors, {members} members, {Ties.Count()} ties");
            Out.WriteLine($"args: {string.Join("|", Args)}");
            """);

        var run = MeicProcess.Run(ws, "script", "run", "count.csx", "one", "--two", "3");

        run.ExitCode.ShouldBe(0, run.ToString());
        run.Out.ShouldContain("Roma: 23 actors, 5 members, ");
        run.Out.ShouldContain("args: one|--two|3");
    }

    [Fact]
    public void Should_skip_the_compiler_when_an_unchanged_script_runs_again_and_recompile_when_a_loaded_file_changes()
    {
        var ws = Workspaces.CopyRome(_temp);
        Workspaces.Script(ws, "lib/greet.csx", "static string Greet(string who) => $\"ciao {who}\";");
        Workspaces.Script(ws, "main.csx", "#load \"lib/greet.csx\"\nConsole.WriteLine(Greet(Cluster.City));");

        var first = MeicProcess.Run(ws, "script", "run", "main.csx", "--verbose");
        var second = MeicProcess.Run(ws, "script", "run", "main.csx", "--verbose");
        Workspaces.Script(ws, "lib/greet.csx", "static string Greet(string who) => $\"salve {who}\";");
        var third = MeicProcess.Run(ws, "script", "run", "main.csx", "--verbose");

        first.Out.ShouldContain("ciao Roma");
        first.Err.ShouldContain("compiled to .meic/scripts/");
        first.Err.ShouldContain("compiler loaded: yes");
        second.Out.ShouldContain("ciao Roma");
        second.Err.ShouldContain("loaded from cache");
        second.Err.ShouldContain("compiler loaded: no");
        third.Out.ShouldContain("salve Roma");
        third.Err.ShouldContain("compiled to");
        Directory.GetFiles(Path.Combine(ws, ".meic", "scripts"), "*.dll").Length.ShouldBe(2);
    }

    [Fact]
    public void Should_report_compile_errors_as_file_line_and_column_and_exit_2()
    {
        var ws = Workspaces.CopyRome(_temp);
        Workspaces.Script(ws, "bad.csx", "var x = 1;\nConsole.WriteLine(missing);\n");

        var run = MeicProcess.Run(ws, "script", "run", "bad.csx");

        run.ExitCode.ShouldBe(2, run.ToString());
        run.Err.ShouldContain("bad.csx(2,19): error CS0103: The name 'missing' does not exist in the current context");
        run.Err.ShouldContain("did not compile; nothing ran");
        Directory.Exists(Path.Combine(ws, ".meic", "scripts")).ShouldBeFalse();
    }

    [Fact]
    public void Should_report_the_script_line_when_it_throws_and_exit_1()
    {
        var ws = Workspaces.CopyRome(_temp);
        Workspaces.Script(ws, "throws.csx", "Console.WriteLine(\"before\");\nvar none = new List<int>();\nvar x = none[3];\n");

        var run = MeicProcess.Run(ws, "script", "run", "throws.csx");

        run.ExitCode.ShouldBe(1, run.ToString());
        run.Out.ShouldContain("before");
        run.Err.ShouldContain("failed at throws.csx(3): ArgumentOutOfRangeException");
        run.Err.ShouldNotContain("   at "); // no stack trace without --verbose
    }

    [Fact]
    public void Should_stop_a_script_that_never_ends_and_leave_the_cluster_untouched()
    {
        var ws = Workspaces.CopyRome(_temp, c => c["scripts"]!["timeoutSeconds"] = 1);
        Workspaces.Script(ws, "forever.csx", """
            var tx = Store.BeginTransaction();
            Actors.Insert(new Actor { Id = "ghost", Name = "Never committed" });
            while (true) { }
            """);
        Workspaces.Script(ws, "polite.csx", "while (true) { CancellationToken.ThrowIfCancellationRequested(); }");

        var rude = MeicProcess.Run(ws, "script", "run", "forever.csx");
        var polite = MeicProcess.Run(ws, "script", "run", "polite.csx");

        rude.ExitCode.ShouldBe(1, rude.ToString());
        // The guard compiled into the loop ends it: no thread is left spinning, so nothing "ignored cancellation".
        rude.Err.ShouldContain("ran longer than its limit of 1 s (scripts.timeoutSeconds in toolkit.json)");
        rude.Err.ShouldNotContain("ignored cancellation");
        polite.ExitCode.ShouldBe(1, polite.ToString());
        polite.Err.ShouldNotContain("ignored cancellation");
        Workspaces.ActorCount(ws).ShouldBe(23);
    }

    [Fact]
    public void Should_refuse_processes_network_and_file_writes_unless_the_workspace_is_trusted()
    {
        var ws = Workspaces.CopyRome(_temp);
        const string code = """
            var kind = typeof(System.Diagnostics.Process).Name;
            var client = typeof(System.Net.Http.HttpClient).Name;
            if (Args.Count > 0) File.WriteAllText(Args[0], "x");
            var text = File.ReadAllText("toolkit.json");
            WriteFile("out/report.txt", "inside the workspace is fine");
            Console.WriteLine($"{kind} {client} {text.Length > 0}");
            """;
        Workspaces.Script(ws, "risky.csx", code);

        var refused = MeicProcess.Run(ws, "script", "run", "risky.csx");
        var trustedWs = Workspaces.CopyRome(new TempDir("meic-trusted"), c => c["scripts"]!["trusted"] = true);
        Workspaces.Script(trustedWs, "risky.csx", code);
        var trusted = MeicProcess.Run(trustedWs, "script", "run", "risky.csx");

        refused.ExitCode.ShouldBe(2, refused.ToString());
        refused.Err.ShouldContain("risky.csx(1,38): error MEIC001: `System.Diagnostics.Process` starts or controls processes");
        refused.Err.ShouldContain("risky.csx(2,37): error MEIC001: `System.Net.Http.HttpClient` opens network connections");
        refused.Err.ShouldContain("risky.csx(3,26): error MEIC001: `System.IO.File.WriteAllText` writes files; use WriteFile(");
        refused.Err.ShouldContain("\"trusted\": true");
        refused.Err.ShouldNotContain("ReadAllText");
        trusted.ExitCode.ShouldBe(0, trusted.ToString());
        trusted.Out.ShouldContain("Process HttpClient True");
        File.ReadAllText(Path.Combine(trustedWs, "out", "report.txt")).ShouldBe("inside the workspace is fine");
    }

    [Fact]
    public void Should_refuse_writing_outside_the_workspace_through_WriteFile()
    {
        var ws = Workspaces.CopyRome(_temp);
        Workspaces.Script(ws, "escape.csx", "WriteFile(\"../escaped.txt\", \"no\");");

        var run = MeicProcess.Run(ws, "script", "run", "escape.csx");

        run.ExitCode.ShouldBe(2, run.ToString());
        run.Err.ShouldContain("scripts may only write inside the workspace");
        File.Exists(Path.Combine(_temp.Path, "escaped.txt")).ShouldBeFalse();
    }

    [Fact]
    public void Should_refuse_references_unless_the_workspace_allows_them()
    {
        var ws = Workspaces.CopyRome(_temp);
        Workspaces.Script(ws, "ref.csx", "#r \"Meic.Sdk.dll\"\nConsole.WriteLine(1);");

        var run = MeicProcess.Run(ws, "script", "run", "ref.csx");

        run.ExitCode.ShouldBe(2, run.ToString());
        run.Err.ShouldContain("ref.csx(1,1): error MEIC010: #r \"Meic.Sdk.dll\" is not allowed in this workspace");
        run.Err.ShouldContain("\"allowReferences\": true");
    }

    [Fact]
    public void Should_resolve_references_when_the_workspace_allows_them_also_from_the_cache()
    {
        var ws = Workspaces.CopyRome(_temp, c => c["scripts"]!["allowReferences"] = true);
        var library = Path.Combine(Repo.App, "plugins", "Rome.Municipi", "Rome.Municipi.dll");
        Workspaces.Script(ws, "ref.csx", $"#r \"{library}\"\nConsole.WriteLine(typeof(Rome.Municipi.DistrictRow).Namespace);");

        var first = MeicProcess.Run(ws, "script", "run", "ref.csx");
        var second = MeicProcess.Run(ws, "script", "run", "ref.csx", "--verbose");

        first.ExitCode.ShouldBe(0, first.ToString());
        first.Out.Trim().ShouldBe("Rome.Municipi");
        second.Out.Trim().ShouldBe("Rome.Municipi");
        second.Err.ShouldContain("compiler loaded: no");
    }

    [Fact]
    public void Should_cut_megabytes_of_output_at_the_limit_without_hanging()
    {
        var ws = Workspaces.CopyRome(_temp, c => c["scripts"]!["maxOutputBytes"] = 100_000);
        Workspaces.Script(ws, "flood.csx", "var line = new string('x', 99);\nfor (var i = 0; i < 50_000; i++) Console.WriteLine(line);\nConsole.WriteLine(\"never shown\");");

        var run = MeicProcess.Run(ws, "script", "run", "flood.csx");

        run.ExitCode.ShouldBe(0, run.ToString());
        run.Out.Length.ShouldBeLessThanOrEqualTo(100_000);
        run.Out.Length.ShouldBeGreaterThan(90_000);
        run.Out.ShouldNotContain("never shown");
        run.Err.ShouldContain("wrote more than 100000 characters; the rest of its output was dropped");
    }

    [Fact]
    public void Should_run_a_script_in_a_separate_process_when_isolated()
    {
        var ws = Workspaces.CopyRome(_temp);
        Workspaces.Script(ws, "pid.csx", "Console.WriteLine($\"actors {Actors.Count()} {Args[0]}\");\nthrow new InvalidOperationException(\"late\");");

        var run = MeicProcess.Run(ws, "script", "run", "--isolated", "pid.csx", "hello");

        run.ExitCode.ShouldBe(1, run.ToString());
        run.Out.ShouldContain("actors 23 hello");
        run.Err.ShouldContain("failed at");
        run.Err.ShouldContain("InvalidOperationException: late");
    }
}
