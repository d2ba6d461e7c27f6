using System.Diagnostics;
using Meic.Testing;
using Newtonsoft.Json.Linq;

namespace Meic.Cli.Tests;

/// <summary>The setup wizard in a real pseudo-terminal (tmux) at 80×24, as a new user meets it.</summary>
public sealed class SetupWizardTerminalTests : IDisposable
{
    private readonly TempDir _dir = new("meic-wizard-tty");

    private Tmux Start(string marker, string pidFile) =>
        new(_dir.Path, $"sh -c 'echo $$ > {pidFile}; exec env MEIC_LANG=it MEIC_PLUGIN_PATH= dotnet {Repo.Host} init torino'; echo $? > {marker}; sleep 300", width: 80, height: 24);

    [TmuxFact]
    public void Should_set_up_a_new_city_in_the_wizard_and_show_its_promoter_and_name_in_status()
    {
        var marker = _dir.File("exited");
        using var tmux = Start(marker, _dir.File("pid"));

        tmux.WaitFor("Vuoto – una città nuova");
        tmux.Keys("Enter"); // blank is chosen
        tmux.WaitForAll("Fuso orario:", "Europe/Rome");
        tmux.Keys("Tab");
        tmux.Type("Torino");
        tmux.Keys("Enter");
        tmux.WaitFor("Cluster MEIC di Torino");
        tmux.Keys("Tab");
        tmux.Type("Comune di Torino");
        tmux.Keys("Enter");
        tmux.WaitFor("Accoglienza abitativa");
        tmux.Keys("Enter");
        var confirm = tmux.WaitFor("Controlla e crea");
        confirm.ShouldContain("meic init torino --template blank --lang it --city");
        confirm.ShouldContain("'Comune di Torino'");
        Directory.Exists(_dir.File("torino")).ShouldBeFalse(); // nothing until Create
        tmux.Keys("Enter");

        tmux.WaitFor(_ => File.Exists(marker) && File.ReadAllText(marker).Trim().Length > 0, "the wizard's exit");
        File.ReadAllText(marker).Trim().ShouldBe("0", tmux.Screen());
        tmux.WaitFor("Prossimi passi");
        var status = MeicProcess.Run(_dir.File("torino"), "status", "--json");
        status.ExitCode.ShouldBe(0, status.ToString());
        var json = JObject.Parse(status.Out);
        json["name"]!.Value<string>().ShouldBe("Cluster MEIC di Torino");
        json["promoter"]!.Value<string>().ShouldBe("Comune di Torino");
        json["city"]!.Value<string>().ShouldBe("Torino");
        json["language"]!.Value<string>().ShouldBe("it");
    }

    [TmuxFact]
    public void Should_cancel_on_escape_and_create_nothing()
    {
        var marker = _dir.File("exited");
        using var tmux = Start(marker, _dir.File("pid"));
        tmux.WaitFor("Vuoto – una città nuova");
        tmux.Keys("Enter");
        tmux.WaitFor("Fuso orario:");
        tmux.Keys("Escape");

        tmux.WaitFor(_ => File.Exists(marker) && File.ReadAllText(marker).Trim().Length > 0, "the wizard's exit");
        File.ReadAllText(marker).Trim().ShouldBe("1");
        tmux.WaitFor("non è stato creato nulla");
        Directory.GetFileSystemEntries(_dir.Path).Select(Path.GetFileName).Order().ShouldBe(["exited", "pid"]);
    }

    [TmuxFact]
    public void Should_leave_no_workspace_when_killed_mid_wizard()
    {
        var marker = _dir.File("exited");
        var pidFile = _dir.File("pid");
        using var tmux = Start(marker, pidFile);
        tmux.WaitFor("Vuoto – una città nuova");
        tmux.Keys("Enter");
        tmux.WaitFor("Fuso orario:");
        tmux.Keys("Tab");
        tmux.Type("Torino");

        using (var kill = Process.Start("kill", ["-KILL", File.ReadAllText(pidFile).Trim()])) kill.WaitForExit();

        tmux.WaitFor(_ => File.Exists(marker) && File.ReadAllText(marker).Trim().Length > 0, "the killed wizard's exit");
        Directory.GetFileSystemEntries(_dir.Path).Select(Path.GetFileName).Order().ShouldBe(["exited", "pid"]);
    }

    public void Dispose() => _dir.Dispose();
}
