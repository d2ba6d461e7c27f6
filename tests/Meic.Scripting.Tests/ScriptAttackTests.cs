using Meic.Testing;

namespace Meic.Scripting.Tests;

/// <summary>The attacks a script found online could try, through the real host: each ends with a clear message, the host intact.</summary>
public sealed class ScriptAttackTests : IDisposable
{
    private readonly TempDir _temp = new("meic-attack");

    public void Dispose() => _temp.Dispose();

    private static bool HasBwrap => File.Exists("/usr/bin/bwrap") || File.Exists("/bin/bwrap");

    [Fact]
    public void Should_refuse_reflection_that_would_write_a_file_outside_the_workspace_or_start_a_shell()
    {
        var ws = Workspaces.CopyRome(_temp);
        var outside = Path.Combine(_temp.Path, "pwned.txt");
        Workspaces.Script(ws, "reflect.csx", $$"""
            var file = Type.GetType("System.IO.File");
            file.GetMethod("WriteAllText", new[] { typeof(string), typeof(string) }).Invoke(null, new object[] { "{{outside}}", "x" });
            var process = Type.GetType("System.Diagnostics.Process, System.Diagnostics.Process");
            process.GetMethod("Start", new[] { typeof(string) }).Invoke(null, new object[] { "/bin/sh" });
            """);

        var run = MeicProcess.Run(ws, "script", "run", "reflect.csx");
        var isolated = MeicProcess.Run(ws, "script", "run", "--isolated", "reflect.csx");

        run.ExitCode.ShouldBe(2, run.ToString());
        run.Err.ShouldContain("reflect.csx(1,");
        run.Err.ShouldContain("`System.Type.GetType`");
        run.Err.ShouldContain("reflect.csx(2,");
        run.Err.ShouldContain("the script did not compile; nothing ran.");
        isolated.ExitCode.ShouldBe(2, isolated.ToString());
        isolated.Err.ShouldContain("reflect.csx(3,"); // the reflective Process.Start, refused in the child too
        File.Exists(outside).ShouldBeFalse();
    }

    [Fact]
    public void Should_stop_a_busy_loop_that_catches_the_stop_at_the_time_limit()
    {
        var ws = Workspaces.CopyRome(_temp, c => c["scripts"]!["timeoutSeconds"] = 1);
        Workspaces.Script(ws, "stubborn.csx", """
            long n = 0;
            while (true)
            {
                try { while (true) { n++; } }
                catch (Exception) { n--; }
            }
            """);

        var run = MeicProcess.Run(ws, "script", "run", "stubborn.csx");

        run.ExitCode.ShouldBe(1, run.ToString());
        run.Err.ShouldContain("ran longer than its limit of 1 s");
        run.Err.ShouldNotContain("ignored cancellation");
    }

    [Fact]
    public void Should_refuse_a_foreground_thread_that_would_outlive_the_time_limit()
    {
        var ws = Workspaces.CopyRome(_temp, c => c["scripts"]!["timeoutSeconds"] = 1);
        Workspaces.Script(ws, "thread.csx", "new System.Threading.Thread(() => { while (true) { } }) { IsBackground = false }.Start();");

        var run = MeicProcess.Run(ws, "script", "run", "thread.csx");

        run.ExitCode.ShouldBe(2, run.ToString());
        run.Err.ShouldContain("thread.csx(1,");
        run.Err.ShouldContain("System.Threading.Thread");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Should_end_endless_recursion_with_a_message_and_no_stack_trace(bool isolated)
    {
        var ws = Workspaces.CopyRome(_temp);
        Workspaces.Script(ws, "deep.csx", "int Down(int n) => Down(n + 1) + 1;\nint Again(int n) { return Again(n + 1) + 1; }\nConsole.WriteLine(Down(0) + Again(0));");

        var run = isolated ? MeicProcess.Run(ws, "script", "run", "--isolated", "deep.csx") : MeicProcess.Run(ws, "script", "run", "deep.csx");

        run.ExitCode.ShouldBe(1, run.ToString());
        run.Err.ShouldContain("nested too deep");
        run.Err.ShouldNotContain("   at ");
        run.Err.ShouldNotContain("Stack overflow");
        run.Err.Length.ShouldBeLessThan(1000, run.Err);
    }

    [Fact]
    public void Should_keep_a_committed_change_when_a_hook_loops_for_ever()
    {
        var ws = Workspaces.CopyRome(_temp, c =>
        {
            c["scripts"]!["timeoutSeconds"] = 1;
            c["hooks"] = new Newtonsoft.Json.Linq.JObject { ["actor.added"] = new Newtonsoft.Json.Linq.JArray("scripts/spin.csx") };
        });
        Workspaces.Script(ws, "scripts/spin.csx", "while (true) { }");
        Workspaces.Script(ws, "add.csx", "Actors.Insert(new Actor { Id = \"casa-nuova\", Name = \"Casa Nuova\" });");

        var run = MeicProcess.Run(ws, "script", "run", "add.csx");

        run.ExitCode.ShouldBe(0, run.ToString()); // the script did its work; the stopped hook is a warning
        run.Err.ShouldContain("the hook scripts/spin.csx for actor.added casa-nuova");
        run.Err.ShouldContain("ran longer than its limit of 1 s");
        run.Err.ShouldNotContain("ignored cancellation");
        run.Err.ShouldContain("the change that triggered it is committed and stays");
        Workspaces.ActorCount(ws).ShouldBe(24);
    }

    // A wait no tick can interrupt: meic ends the process, exit 1, and says the change is saved.
    [Fact]
    public void Should_end_meic_with_exit_1_and_keep_the_change_when_a_hook_waits_for_ever()
    {
        var ws = Workspaces.CopyRome(_temp, c =>
        {
            c["scripts"]!["timeoutSeconds"] = 1;
            c["hooks"] = new Newtonsoft.Json.Linq.JObject { ["actor.added"] = new Newtonsoft.Json.Linq.JArray("scripts/wait.csx") };
        });
        Workspaces.Script(ws, "scripts/wait.csx", "await Task.Delay(-1);");
        Workspaces.Script(ws, "add.csx", "Actors.Insert(new Actor { Id = \"casa-ferma\", Name = \"Casa Ferma\" });");

        var run = MeicProcess.Run(ws, "script", "run", "add.csx");

        run.ExitCode.ShouldBe(1, run.ToString());
        run.Err.ShouldContain("warning: the hook scripts/wait.csx for actor.added casa-ferma was stopped");
        run.Err.ShouldContain("ignored cancellation");
        run.Err.ShouldContain("the change that triggered it is committed and stays");
        run.Err.ShouldNotContain("   at ");
        Workspaces.ActorCount(ws).ShouldBe(24);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Should_refuse_a_reflective_fail_fast_and_an_awaiter_continuation_that_would_bring_meic_down(bool isolated)
    {
        var ws = Workspaces.CopyRome(_temp);
        Workspaces.Script(ws, "down.csx", """
            Type.GetType("System.Environment").GetMethod("FailFast", new[] { typeof(string) }).Invoke(null, new object[] { "down" });
            Task.Delay(1).GetAwaiter().OnCompleted(() => throw new InvalidOperationException("down"));
            """);

        var run = isolated ? MeicProcess.Run(ws, "script", "run", "--isolated", "down.csx") : MeicProcess.Run(ws, "script", "run", "down.csx");

        run.ExitCode.ShouldBe(2, run.ToString());
        run.Err.ShouldContain("down.csx(1,");
        run.Err.ShouldContain("`System.Type.GetType`");
        run.Err.ShouldContain("down.csx(2,");
        run.Err.ShouldContain("TaskAwaiter.OnCompleted");
        run.Err.ShouldNotContain("Unhandled exception");
    }

    [Fact]
    public void Should_confine_a_trusted_isolated_script_to_the_workspace_without_network()
    {
        if (!HasBwrap) return; // the fallback is covered by the message test below; this boundary needs bubblewrap
        var ws = Workspaces.CopyRome(_temp, c => c["scripts"]!["trusted"] = true);
        var outside = $"/var/tmp/meic-escape-{Guid.NewGuid():N}.txt"; // not under /tmp, which the sandbox replaces with its own
        Workspaces.Script(ws, "escape.csx", $$"""
            try { File.WriteAllText("{{outside}}", "x"); Console.WriteLine("wrote outside"); } catch (Exception e) { Console.WriteLine("outside refused: " + e.GetType().Name); }
            File.WriteAllText(WorkspacePath("inside.txt"), "ok");
            var nics = System.Net.NetworkInformation.NetworkInterface.GetAllNetworkInterfaces().Select(n => n.Name);
            Console.WriteLine("interfaces: " + string.Join(",", nics));
            """);

        var run = MeicProcess.Run(ws, "script", "run", "--isolated", "escape.csx");
        var escaped = File.Exists(outside);
        if (escaped) File.Delete(outside);

        run.ExitCode.ShouldBe(0, run.ToString());
        run.Out.ShouldContain("outside refused:");
        run.Out.ShouldContain("interfaces: lo" + Environment.NewLine); // a network namespace of its own: loopback only
        escaped.ShouldBeFalse();
        File.ReadAllText(Path.Combine(ws, "inside.txt")).ShouldBe("ok");
    }

    [Fact]
    public void Should_report_a_crashed_isolated_script_as_a_failure_without_its_trace()
    {
        var ws = Workspaces.CopyRome(_temp, c => c["scripts"]!["trusted"] = true);
        Workspaces.Script(ws, "crash.csx", "Environment.FailFast(\"boom\");");

        var run = MeicProcess.Run(ws, "script", "run", "--isolated", "crash.csx");
        var verbose = MeicProcess.Run(ws, "--verbose", "script", "run", "--isolated", "crash.csx");

        run.ExitCode.ShouldBe(1, run.ToString());
        run.Err.ShouldContain("the isolated script failed: its process ended abnormally");
        run.Err.ShouldNotContain("   at ");
        verbose.ExitCode.ShouldBe(1, verbose.ToString());
        verbose.Err.ShouldContain("boom");
    }
}
