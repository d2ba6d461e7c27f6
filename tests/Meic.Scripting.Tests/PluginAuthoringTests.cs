using System.Diagnostics;
using Meic.Testing;
using Newtonsoft.Json.Linq;

namespace Meic.Scripting.Tests;

/// <summary>The plugin template and the worked example plugin, used as a city developer would.</summary>
public sealed class PluginAuthoringTests : IDisposable
{
    private readonly TempDir _temp = new("meic-plugin-authoring");

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Should_make_a_plugin_from_the_template_that_builds_loads_and_runs_its_command()
    {
        var hive = Path.Combine(_temp.Path, "hive");
        var project = Path.Combine(_temp.Path, "Torino.Housing");
        Dotnet(_temp.Path, "new", "install", Path.Combine(Repo.Root, "templates", "plugin"), "--debug:custom-hive", hive);
        Dotnet(_temp.Path, "new", "meic-plugin", "-n", "Torino.Housing", "-o", project, "--toolkit", Repo.App, "--debug:custom-hive", hive);
        Dotnet(project, "build", "-c", "Release", "-o", Path.Combine(_temp.Path, "out"));
        var ws = Workspaces.CopyRome(_temp);
        var pluginDir = Path.Combine(ws, "plugins", "Torino.Housing");
        Directory.CreateDirectory(pluginDir);
        foreach (var f in Directory.GetFiles(Path.Combine(_temp.Path, "out"))) File.Copy(f, Path.Combine(pluginDir, Path.GetFileName(f)));

        var plugins = MeicProcess.Run(ws, "plugins", "--json");
        var command = MeicProcess.Run(ws, "housing", "--json");

        File.Exists(Path.Combine(pluginDir, "Meic.Sdk.dll")).ShouldBeFalse(); // compiled against the SDK, never ships it
        var entry = JArray.Parse(plugins.Out).Single(p => (string)p["id"]! == "torino.housing");
        ((string)entry["status"]!).ShouldBe("loaded");
        entry["commands"]![0]!["name"]!.ToString().ShouldBe("housing");
        entry["screens"]![0]!.ToString().ShouldBe("housing");
        command.ExitCode.ShouldBe(0, command.ToString());
        JArray.Parse(command.Out).Single(s => (string)s["stage"]! == "member")["actors"]!.Value<int>().ShouldBe(5);
    }

    [Fact]
    public void Should_cover_rome_municipi_and_offer_the_coverage_service_to_scripts()
    {
        var ws = Workspaces.CopyRome(_temp);
        Workspaces.Script(ws, "svc.csx", """
            var coverage = RequireService<Rome.Municipi.DistrictCoverage>();
            foreach (var r in coverage.Rows().Where(r => r.Actors > 0)) Console.WriteLine($"{r.District}={r.Actors}");
            """);

        var assign = MeicProcess.Run(ws, "municipi", "assign", "alda", "municipio 9");
        var bad = MeicProcess.Run(ws, "municipi", "assign", "alda", "XVI");
        var coverage = MeicProcess.Run(ws, "municipi", "coverage", "--json");
        var script = MeicProcess.Run(ws, "script", "run", "svc.csx");
        var cached = MeicProcess.Run(ws, "script", "run", "svc.csx", "--verbose");

        assign.ExitCode.ShouldBe(0, assign.ToString());
        assign.Out.ShouldContain("Municipio IX");
        bad.ExitCode.ShouldBe(2);
        bad.Err.ShouldContain("unknown district 'XVI'");
        var json = JObject.Parse(coverage.Out);
        json["covered"]!.Value<int>().ShouldBe(1);
        json["total"]!.Value<int>().ShouldBe(15);
        script.Out.Trim().ShouldBe("Municipio IX=1");
        cached.Out.Trim().ShouldBe("Municipio IX=1");
        cached.Err.ShouldContain("compiler loaded: no");
    }

    private static void Dotnet(string cwd, params string[] args)
    {
        var psi = new ProcessStartInfo("dotnet") { WorkingDirectory = cwd, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args) psi.ArgumentList.Add(a);
        psi.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        psi.Environment["DOTNET_NOLOGO"] = "1";
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(TimeSpan.FromMinutes(15))) { p.Kill(true); throw new TimeoutException($"dotnet {string.Join(' ', args)}"); }
        p.ExitCode.ShouldBe(0, $"dotnet {string.Join(' ', args)}\n{stdout.Result}\n{stderr.Result}");
    }
}
