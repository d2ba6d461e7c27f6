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
            app.Open("Mappa", "Metriche di rete", 0, "$ meic map actors list");
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

    [TmuxFact]
    public void Should_leave_the_wave_form_with_esc_writing_nothing_then_add_a_wave_the_command_line_reads_back()
    {
        using var dir = new TempDir("meic-map-tmux");
        var ws = Path.Combine(dir.Path, "rome");
        MeicProcess.Run(dir.Path, "init", ws, "--template", "rome").ExitCode.ShouldBe(0);

        using (var app = new TerminalApp(ws))
        {
            app.Open("Mappa", "Ondate di rilevazione", 5, "$ meic map waves list");
            app.Tmux.WaitFor("Nessuna ondata di rilevazione");
            app.Press("nome *:", "a");
            app.Type("Primavera 2027");
            app.Press("--label \"Primavera 2027\"", "Tab");
            app.Press("$ meic map waves list", "Escape"); // back to the list: nothing written
            app.Tmux.WaitFor("Nessuna ondata di rilevazione");
            JArray.Parse(MeicProcess.Run(ws, "map", "waves", "list", "--json").Out).ShouldBeEmpty();

            app.Press("nome *:", "a");
            app.Type("Primavera 2027");
            app.Tmux.Keys("Tab");
            app.Type("14/03/2027");
            app.Tmux.WaitFor("$ meic map waves add primavera-2027 --date 14/03/2027");
            app.Press("Ondata «Primavera 2027» del 14/03/2027 registrata", "C-s");
            app.Dismiss("registrata");
            app.Tmux.WaitFor("È la prima ondata");
            app.Quit();
        }

        var waves = JArray.Parse(MeicProcess.Run(ws, "map", "waves", "list", "--json").Out);
        var wave = waves.ShouldHaveSingleItem();
        ((string)wave["id"]!, (string)wave["label"]!, (string)wave["date"]!).ShouldBe(("primavera-2027", "Primavera 2027", "2027-03-14"));
    }
}
