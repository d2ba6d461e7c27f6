using Meic.Tui.Pages;
using Meic.Tui.Screens;
using Terminal.Gui.Input;
using Terminal.Gui.Views;

namespace Meic.Tui.Tests;

/// <summary>The host's own screens: thematic areas (add, rename, remove), plugins, the health check.</summary>
public sealed class HostScreenTests
{
    [Fact]
    public void Should_add_rename_and_remove_a_thematic_area_through_forms()
    {
        using var shell = new ShellHarness();
        shell.Shell.Navigate("areas", () => AreasScreen.Create(shell.Shell.Host));
        var list = shell.Shell.Current.ShouldBeOfType<ListPage>();
        list.Shown.Count.ShouldBe(4);

        shell.Press(new Key('a'));
        var form = shell.Shell.Current.ShouldBeOfType<FormPage>();
        ((TextField)form.EditorOf("it")).SetFocus();
        shell.Type("Salute");
        ((TextField)form.EditorOf("es")).SetFocus();
        shell.Type("Salud");
        shell.Shell.CommandLine.Text.ShouldBe("$ meic cluster areas add --label it=Salute --label es=Salud");
        shell.Press(Key.S.WithCtrl);

        shell.Shell.Current.ShouldBe(list);
        list.Shown.Select(r => r.Id).ShouldContain("salute"); // the rows read again
        ShellTests.Cluster(shell).Areas.Single(a => a.Id == "salute").Label["es"].ShouldBe("Salud");

        list.List.SelectedItem = list.Shown.ToList().FindIndex(r => r.Id == "salute");
        shell.Press(new Key('r'));
        var rename = shell.Shell.Current.ShouldBeOfType<FormPage>();
        var it = (TextField)rename.EditorOf("it");
        it.Text.ShouldBe("Salute");
        it.SetFocus();
        shell.Press(Key.End).Type(" e benessere");
        rename.Save();
        ShellTests.Cluster(shell).Areas.Single(a => a.Id == "salute").Label["it"].ShouldBe("Salute e benessere");

        list.List.SelectedItem = list.Shown.ToList().FindIndex(r => r.Id == "salute");
        shell.Press(new Key('d'));
        shell.Dialogs.Asked.Single().ShouldContain("Salute e benessere");
        ShellTests.Cluster(shell).Areas.ShouldNotContain(a => a.Id == "salute");
    }

    [Fact]
    public void Should_refuse_to_remove_an_area_with_actors_in_a_dialog()
    {
        using var shell = new ShellHarness();
        shell.Shell.Navigate("areas", () => AreasScreen.Create(shell.Shell.Host));
        var list = (ListPage)shell.Shell.Current;
        list.Row!.Id.ShouldBe("housing");
        shell.Press(new Key('d'));
        shell.Dialogs.Errors.Single().ShouldStartWith("8 attore/i registrato/i nell'ambito 'housing'");
        ShellTests.Cluster(shell).Areas.ShouldContain(a => a.Id == "housing");
        shell.Shell.Current.ShouldBe(list);
    }

    [Fact]
    public void Should_list_the_plugins_with_their_status()
    {
        using var shell = new ShellHarness(language: "en", plugins: true);
        shell.Shell.Navigate("plugins", () => PluginsScreen.Create(shell.Shell.Host));
        shell.Draw();
        var list = shell.Shell.Current.ShouldBeOfType<ListPage>();
        var row = list.Shown.Single(r => r.Id == "fixture.good");
        row.Cells.ShouldBe(["fixture.good", "Good fixture", "1.2.0", "loaded"]);
        shell.Screen.ShouldContain("$ meic plugins");
    }

    [Fact]
    public void Should_say_what_the_health_check_checked()
    {
        using var shell = new ShellHarness(language: "en");
        shell.Shell.Navigate("doctor", () => HealthScreen.Create(shell.Shell.Host));
        shell.Draw();
        var text = shell.Shell.Current.ShouldBeOfType<TextPage>().Text.Text;
        text.ShouldContain("Store integrity (sqlite");
        text.ShouldContain("Configuration: ✓ ok");
        text.ShouldContain("All checks passed.");
        shell.Screen.ShouldContain("$ meic doctor");
    }
}
