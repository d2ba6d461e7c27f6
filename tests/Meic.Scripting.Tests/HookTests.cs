using Meic.Testing;
using Newtonsoft.Json.Linq;

namespace Meic.Scripting.Tests;

/// <summary>toolkit.json hooks: scripts that run after a change is committed.</summary>
public sealed class HookTests : IDisposable
{
    private readonly TempDir _temp = new("meic-hooks");

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Should_run_hooks_after_the_commit_and_keep_the_change_when_a_hook_fails()
    {
        var ws = Workspaces.CopyRome(_temp, c => c["hooks"] = new JObject
        {
            ["actor.added"] = new JArray("hooks/log.csx", "hooks/fails.csx"),
            ["actor.stageChanged"] = new JArray("hooks/log.csx"),
        });
        Workspaces.Script(ws, "hooks/log.csx", "var a = Actors.Get(Event!.Subject)!;\nConsole.WriteLine($\"hook {Event.Name} {a.Name} {a.Stage} {Event.Data?.GetValueOrDefault(\"to\")}\");");
        Workspaces.Script(ws, "hooks/fails.csx", "throw new InvalidOperationException($\"no district for {Event!.Subject}\");");
        Workspaces.Script(ws, "add.csx", """
            Actors.Insert(new Actor { Id = "casa-x", Name = "Casa X" });
            var a = Actors.Get("casa-x")!;
            a.Stage = EngagementStage.Contacted;
            Actors.Update(a);
            Console.WriteLine("done");
            """);

        var run = MeicProcess.Run(ws, "script", "run", "add.csx");

        run.ExitCode.ShouldBe(0, run.ToString());
        var lines = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        lines.ShouldBe(["done", "hook actor.added Casa X Contacted", "hook actor.stageChanged Casa X Contacted contacted"]); // after the script ended
        run.Err.ShouldContain("warning: the hook hooks/fails.csx for actor.added casa-x failed at hooks/fails.csx(1): InvalidOperationException: no district for casa-x");
        run.Err.ShouldContain("the change that triggered it is committed and stays");
        Workspaces.ActorCount(ws).ShouldBe(24);
    }

    // The command's own work succeeded and is kept: the stopped hook is a warning in the person's language, and meic exits 0.
    [Theory]
    [InlineData("en", "meic: warning: the hook hooks/stuck.csx for actor.added casa-y was stopped: it ran longer than its limit of 1 s",
        "meic: warning: the change that triggered it is committed and stays.")]
    [InlineData("it", "meic: attenzione: lo script automatico hooks/stuck.csx (per actor.added casa-y) è stato fermato: è andato oltre il suo limite di 1 s",
        "meic: attenzione: la modifica che lo ha fatto partire è confermata e resta.")]
    [InlineData("es", "meic: aviso: el script automático hooks/stuck.csx (para actor.added casa-y) se ha detenido: ha superado su límite de 1 s",
        "meic: aviso: el cambio que lo puso en marcha está confirmado y se mantiene.")]
    public void Should_stop_a_hook_that_never_ends_and_keep_the_change(string language, string stopped, string kept)
    {
        var ws = Workspaces.CopyRome(_temp, c =>
        {
            c["hooks"] = new JObject { ["actor.added"] = new JArray("hooks/stuck.csx") };
            c["scripts"]!["timeoutSeconds"] = 1;
        });
        Workspaces.Script(ws, "hooks/stuck.csx", "while (true) { }");
        Workspaces.Script(ws, "add.csx", "Actors.Insert(new Actor { Id = \"casa-y\", Name = \"Casa Y\" });\nConsole.WriteLine(\"added\");");

        var run = MeicProcess.Run(ws, "--lang", language, "script", "run", "add.csx");

        run.ExitCode.ShouldBe(0, run.ToString());
        run.Out.ShouldContain("added");
        run.Err.ShouldContain(stopped);
        run.Err.ShouldContain(kept);
        Workspaces.ActorCount(ws).ShouldBe(24);
        Workspaces.Script(ws, "check.csx", "Console.WriteLine(Actors.Get(\"casa-y\")?.Name ?? \"gone\");");
        MeicProcess.Run(ws, "script", "run", "check.csx").Out.Trim().ShouldBe("Casa Y"); // in the store, not only in the run
    }

    [Fact]
    public void Should_fire_hooks_for_changes_made_by_plugin_commands()
    {
        var ws = Workspaces.CopyRome(_temp, c => c["hooks"] = new JObject { ["actor.updated"] = new JArray("hooks/log.csx") });
        Workspaces.Script(ws, "hooks/log.csx", "Console.WriteLine($\"updated {Event!.Subject} -> {Actors.Get(Event.Subject)!.District}\");");

        var run = MeicProcess.Run(ws, "municipi", "assign", "alda", "9");

        run.ExitCode.ShouldBe(0, run.ToString());
        run.Out.ShouldContain("updated alda -> Municipio IX");
    }
}
