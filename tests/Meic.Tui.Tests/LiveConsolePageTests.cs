using Meic.Testing;
using Meic.Tui.Pages;
using Newtonsoft.Json.Linq;
using Terminal.Gui.Input;

namespace Meic.Tui.Tests;

/// <summary>The meetings plugin's live console as a page of the shell: opened from the Meetings list, the real plugin loaded by the host.</summary>
public sealed class LiveConsolePageTests
{
    [Fact]
    public void Should_open_the_live_console_from_the_meetings_list_and_save_the_note_on_going_back()
    {
        using var shell = new ShellHarness(builtIns: true);
        MeicProcess.Run(shell.Workspace, "--lang", "it", "meeting", "plan", "--title", "Tavolo lavoro", "--kind", "tavolo", "--start", "14/03/2030 10:00",
            "--minutes", "90", "--invite", "cies-onlus").ExitCode.ShouldBe(0);
        const string id = "2030-03-14-thematic-table";
        MeicProcess.Run(shell.Workspace, "meeting", "agenda", "add", id, "--title", "Giro", "--minutes", "20").ExitCode.ShouldBe(0);
        var entry = shell.Context.Plugins.Entries.Single(e => e.Id == "meic.facilitation");
        shell.Shell.OpenPlugin(entry, entry.Manifest!.Screens.Single(s => s.Id == "meetings"));
        var list = shell.Shell.Current.ShouldBeOfType<ListPage>();
        list.Row!.Id.ShouldBe(id);

        shell.Press(new Key('r'));
        var page = shell.Shell.Current.ShouldBeOfType<RawPage>();
        shell.Screen.ShouldContain("Console dal vivo · Tavolo lavoro");
        shell.Screen.ShouldContain("Presenze 0/1");
        shell.Screen.ShouldContain("Note · Giro");
        shell.Shell.CommandLine.Text.ShouldBe($"$ meic meeting run {id}");

        shell.Type("Chi c'è? Tutti.");
        shell.Dialogs.Shown.ShouldBeEmpty(); // '?' typed into the note is text, not the help
        shell.Screen.ShouldContain("Chi c'è? Tutti.");

        shell.Press(Key.F7);
        shell.Screen.ShouldContain("Nuova decisione");
        shell.Press(Key.Esc); // discards the form, stays in the console
        shell.Shell.Current.ShouldBe(page);
        shell.Screen.ShouldContain("Annullato: nulla è stato salvato.");

        shell.Press(Key.Esc); // back to the list: the note is saved on the way
        shell.Shell.Current.ShouldBe(list);
        var shown = JObject.Parse(MeicProcess.Run(shell.Workspace, "meeting", "show", id, "--json").Out);
        shown["notes"]!["i1"]!.ToString().ShouldBe("Chi c'è? Tutti.");
        shown["decisions"]!.ShouldBeEmpty();
    }
}
