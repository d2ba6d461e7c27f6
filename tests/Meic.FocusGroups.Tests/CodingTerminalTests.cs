using Meic.Testing;
using Newtonsoft.Json.Linq;

namespace Meic.FocusGroups.Tests;

/// <summary>The coding view end to end: the installed host in tmux at 80×24, driven with the keys a coder presses.</summary>
public sealed class CodingTerminalTests
{
    [TmuxFact]
    public void Should_code_selected_words_from_the_menu_as_the_chosen_coder_and_give_the_terminal_back()
    {
        using var dir = new TempDir("meic-focus-tmux");
        var ws = Path.Combine(dir.Path, "rome");
        MeicProcess.Run(dir.Path, "init", ws, "--template", "rome").ExitCode.ShouldBe(0);
        var env = new Dictionary<string, string?> { ["MEIC_USER"] = "ana" };
        MeicProcess.Run(ws, env, "focus", "session", "add", "--id", "fg1", "--topic", "Lavoro", "--date", "01/03/2024",
            "--participant", "Mario Rossi", "--participant", "Fatou Diallo").ExitCode.ShouldBe(0);
        var file = dir.Write("fg1.txt", "Moderatrice: Come avete trovato il primo lavoro?\nMario Rossi: Grazie a un amico del mio paese, in un cantiere.\nFatou Diallo: Tramite il centro per l'impiego.\n");
        MeicProcess.Run(ws, env, "focus", "transcript", "import", file, "--session", "fg1").ExitCode.ShouldBe(0);
        MeicProcess.Run(ws, env, "focus", "coder", "add", "ben").ExitCode.ShouldBe(0);

        using (var tmux = new Tmux(width: 80, height: 24))
        {
            tmux.Start($"cd '{ws}' && MEIC_USER=ana MEIC_PLUGIN_PATH= dotnet '{Repo.Host}' ui --lang it; echo FINE=$?; sleep 30");
            tmux.WaitFor("Promotore:");
            tmux.Keys("F10");
            tmux.WaitFor("Impostazioni del cluster");
            for (var i = 0; i < 4; i++) tmux.Keys("Right");
            tmux.WaitFor("Codebook");
            tmux.Keys("Down", "Enter");
            tmux.WaitFor("Trascrizione");
            tmux.Keys("Enter");
            tmux.WaitFor("Chi codifica?");
            tmux.Keys("Enter"); // ana, first of the list
            tmux.WaitFor("codifica ana · visti 1/3");
            tmux.Keys("Down", "Down", "Down"); // from turn 1's text to turn 2's
            for (var i = 0; i < 17; i++) tmux.Keys("S-Right");
            tmux.WaitFor("--range");
            tmux.Keys("1");
            var screen = tmux.WaitFor("applicato a 17 caratteri del turno 2");
            screen.ShouldContain("2 · P1  [");
            tmux.Keys("C-q");
            tmux.WaitFor("FINE=0");
            tmux.Display("#{alternate_on}").ShouldBe("0");
            tmux.Display("#{cursor_flag}").ShouldBe("1");
        }
        var coding = JArray.Parse(MeicProcess.Run(ws, env, "focus", "code", "list", "--session", "fg1", "--json").Out).ShouldHaveSingleItem();
        ((string)coding["text"]!, (string)coding["coder"]!, (string)coding["unit"]!).ShouldBe(("Grazie a un amico", "ana", "range"));
    }
}
