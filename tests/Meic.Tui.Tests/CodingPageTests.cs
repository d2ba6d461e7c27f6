using Meic.Testing;
using Meic.Tui.Pages;
using Newtonsoft.Json.Linq;
using Terminal.Gui.Input;

namespace Meic.Tui.Tests;

/// <summary>The focus-group coding view as a page of the shell: the real plugin loaded by the host, opened from Coding.</summary>
public sealed class CodingPageTests
{
    [Fact]
    public void Should_ask_who_codes_then_code_memo_and_end_the_pass_with_the_shells_keys_left_to_the_view()
    {
        using var shell = new ShellHarness(builtIns: true);
        var file = Path.Combine(shell.Workspace, "fg1.txt");
        File.WriteAllText(file, "Moderatore: Come avete trovato lavoro?\nMario Rossi: Grazie a un amico del mio paese.\nFatou Diallo: Tramite il centro per l'impiego.\n");
        MeicProcess.Run(shell.Workspace, "focus", "session", "add", "--id", "fg1", "--topic", "Lavoro", "--date", "01/03/2024",
            "--participant", "Mario Rossi", "--participant", "Fatou Diallo").ExitCode.ShouldBe(0);
        MeicProcess.Run(shell.Workspace, "focus", "transcript", "import", file, "--session", "fg1").ExitCode.ShouldBe(0);
        MeicProcess.Run(shell.Workspace, "focus", "coder", "add", "Giulia").ExitCode.ShouldBe(0);
        var entry = shell.Context.Plugins.Entries.Single(e => e.Id == "meic.focusgroups");
        shell.Shell.OpenPlugin(entry, entry.Manifest!.Screens.Single(s => s.Id == "focus"));
        shell.Shell.Current.ShouldBeOfType<ListPage>();

        shell.Press(Key.Enter);
        var coders = shell.Shell.Current.ShouldBeOfType<ListPage>();
        shell.Screen.ShouldContain("Chi codifica?");
        coders.Row!.Id.ShouldBe("Giulia");
        shell.Press(Key.Enter);
        shell.Shell.Current.ShouldBeOfType<RawPage>();
        shell.Screen.ShouldContain("codifica Giulia · visti 1/3");

        shell.Press(Key.CursorDown, Key.CursorDown, Key.CursorDown, Key.CursorDown); // turn 2's text
        shell.Press(new Key('5')); // the Rome codebook's key 5
        shell.Screen.ShouldContain("applicato al turno 2.");
        shell.Press(Key.Tab, Key.Tab); // the codebook: letters there are the view's, not the shell's
        shell.Press(new Key('m'));
        shell.Type("Da confrontare con Madrid").Press(Key.S.WithCtrl);
        shell.Screen.ShouldContain("Memo salvato.");
        shell.Dialogs.Shown.ShouldBeEmpty();

        shell.Press(new Key('p'));
        shell.Dialogs.Asked.ShouldHaveSingleItem().ShouldStartWith("Concludere la tua passata di codifica?");
        shell.Press(Key.Esc);
        shell.Shell.Current.ShouldBe(coders);

        var progress = JArray.Parse(MeicProcess.Run(shell.Workspace, "focus", "progress", "--json").Out);
        var giulia = progress.Single(p => (string)p["coder"]! == "Giulia");
        ((int)giulia["coded"]!, giulia["ended"] is { Type: not JTokenType.Null }).ShouldBe((1, true));
        var memo = JArray.Parse(MeicProcess.Run(shell.Workspace, "focus", "memo", "list", "--json").Out).ShouldHaveSingleItem();
        ((string)memo["text"]!, (string)memo["author"]!).ShouldBe(("Da confrontare con Madrid", "Giulia"));
    }
}
