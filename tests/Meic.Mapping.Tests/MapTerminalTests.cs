using Meic.Testing;
using Newtonsoft.Json.Linq;

namespace Meic.Mapping.Tests;

/// <summary>The map end to end: the real host in tmux at 80×24, an actor added from the menu, read back by the command line.</summary>
public sealed class MapTerminalTests
{
    [TmuxFact]
    public void Should_add_an_actor_through_the_form_and_the_command_line_reads_it_back()
    {
        using var dir = new TempDir("meic-map-tmux");
        var ws = Path.Combine(dir.Path, "rome");
        MeicProcess.Run(dir.Path, "init", ws, "--template", "rome").ExitCode.ShouldBe(0);

        using (var app = new TerminalApp(ws))
        {
            app.Open(5, "Metriche di rete", 0, "$ meic map actors list");
            app.Press("nome *:", "a");
            app.Type("Casa Aperta");
            app.Tmux.Keys("Tab", "Down", "Down", "Down", "Tab", "Space"); // Terzo settore; the first area marked
            app.Tmux.WaitFor("--sector third-sector --area housing");
            app.Press("Aggiunto Casa Aperta (casa-aperta).", "C-s");
            app.Dismiss("Aggiunto Casa Aperta");
            app.Quit();
        }

        var show = MeicProcess.Run(ws, "map", "actors", "show", "casa-aperta", "--json");
        show.ExitCode.ShouldBe(0, show.ToString());
        var actor = JObject.Parse(show.Out)["actor"]!;
        ((string)actor["name"]!, (string)actor["sector"]!, (string)actor["stage"]!).ShouldBe(("Casa Aperta", "third-sector", "mapped"));
        actor["areas"]!.ToObject<string[]>().ShouldBe(["housing"]);
    }
}
