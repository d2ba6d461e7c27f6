using Meic.Sdk.Errors;
using Meic.Sdk.Model;
using Meic.Sdk.Screens;
using Meic.Tui.Pages;
using Terminal.Gui.Input;

namespace Meic.Tui.Tests;

/// <summary>The shell, headless over a real Rome workspace: home, the menu, the keys, help, failures and the layout.</summary>
public sealed class ShellTests
{
    [Fact]
    public void Should_open_on_the_home_page_with_the_clusters_figures_in_words()
    {
        using var shell = new ShellHarness();

        var screen = shell.Screen;
        screen.ShouldContain("Roma");
        screen.ShouldContain("CIES onlus");
        screen.ShouldContain("Accoglienza abitativa");
        screen.ShouldContain("collaborativa");
        screen.ShouldContain("$ meic status");
        var text = ((TextPage)shell.Shell.Current).Text.Text;
        text.ShouldContain("  attori ");  // a collection named in words, not by its id
        text.ShouldContain("relazioni tra attori");
        text.ShouldContain("Prossimi passi");
        text.ShouldContain("$ meic map actors add");
    }

    [Fact]
    public void Should_draw_the_home_page_and_a_list_detail_in_colours_that_can_be_read()
    {
        using var shell = new ShellHarness();
        // Terminal.Gui draws a read-only text in the theme's read-only colours, grey on grey: every letter of the home
        // page must differ from its background.
        var contents = shell.App.Driver!.Contents!;
        var row = Array.FindIndex(shell.Lines, l => l.Contains("CIES onlus", StringComparison.Ordinal));
        var col = shell.Lines[row].IndexOf("CIES", StringComparison.Ordinal);
        var cell = contents[row, col];
        cell.Grapheme.ShouldBe("C");
        cell.Attribute!.Value.Foreground.ShouldNotBe(cell.Attribute!.Value.Background);
    }

    [Fact]
    public void Should_do_nothing_on_escape_at_home_and_go_back_one_level_elsewhere()
    {
        using var shell = new ShellHarness();
        shell.Press(Key.Esc);
        shell.Shell.Pages.Count.ShouldBe(1);
        shell.Shell.IsRunning.ShouldBeTrue();

        shell.Shell.Navigate("areas", () => Screens.AreasScreen.Create(shell.Shell.Host));
        shell.Shell.Pages.Count.ShouldBe(2);
        shell.Press(Key.Esc);
        shell.Shell.Pages.Count.ShouldBe(1);
    }

    [Fact]
    public void Should_open_the_cluster_settings_from_the_menu_with_the_keyboard()
    {
        using var shell = new ShellHarness();
        shell.Press(Key.F10);
        shell.Screen.ShouldContain("Impostazioni del cluster");
        shell.Press(Key.CursorDown, Key.Enter);

        shell.Shell.Current.ShouldBeOfType<FormPage>();
        shell.Shell.Current.Screen.Title.ShouldBe("Impostazioni del cluster");
        shell.Screen.ShouldContain("Fuso orario");
    }

    [Fact]
    public void Should_open_a_plugin_screen_from_its_menu_loading_the_plugin_then()
    {
        using var shell = new ShellHarness(language: "en", plugins: true);
        var entry = shell.Context.Plugins.Entries.Single(e => e.Id == "fixture.good");
        entry.Status.ShouldBe(Meic.Core.Plugins.PluginStatus.Found); // not loaded until its screen opens
        shell.Screen.ShouldContain("Good fixture");

        shell.Shell.OpenPlugin(entry, entry.Manifest!.Screens.Single());
        shell.Draw();

        entry.Status.ShouldBe(Meic.Core.Plugins.PluginStatus.Loaded);
        shell.Screen.ShouldContain("Hello from the fixture plugin (1 greetings).");
        shell.Screen.ShouldContain("$ meic hello");
    }

    [Fact]
    public void Should_list_the_keys_and_the_command_line_equivalents_in_the_help_overlay()
    {
        using var shell = new ShellHarness();
        shell.Shell.Navigate("areas", () => Screens.AreasScreen.Create(shell.Shell.Host));
        shell.Press(new Key('?'));

        var help = shell.Dialogs.Shown.Single();
        help.ShouldContain("$ meic cluster show");
        help.ShouldContain("meic cluster areas add ID");
        help.ShouldContain("$ meic cluster areas remove housing"); // the selected row's command
        help.ShouldContain("Esc");
        help.ShouldContain("Ctrl+Q");

        shell.Press(Key.F1);
        shell.Dialogs.Shown.Count.ShouldBe(2);
    }

    [Fact]
    public void Should_show_a_failing_view_in_a_dialog_and_keep_running()
    {
        using var shell = new ShellHarness();
        shell.Shell.Navigate("broken", () => throw new InvalidOperationException("boom"));
        shell.Dialogs.Errors.Single().ShouldBe("Qualcosa non ha funzionato: boom"); // no stack trace without --verbose

        shell.Shell.Push(new ListScreen { Title = "rotta", Columns = ["A"], Rows = () => throw new MeicException("l'archivio è occupato") });
        shell.Dialogs.Errors[1].ShouldBe("l'archivio è occupato");
        shell.Shell.Pages.Count.ShouldBe(1);

        var failing = new ListScreen
        {
            Title = "azioni", Columns = ["A"], Rows = () => [new ListRow("x", ["x"])],
            Actions = [new ScreenAction { Key = "x", Label = "rompi", Run = (_, _) => throw new NullReferenceException() }],
        };
        shell.Shell.Push(failing);
        shell.Press(new Key('x'));
        shell.Dialogs.Errors.Count.ShouldBe(3);
        shell.Dialogs.Errors[2].ShouldNotContain(" at ");
        shell.Shell.Current.Screen.ShouldBe(failing);
        shell.Press(Key.Esc);
        shell.Shell.Pages.Count.ShouldBe(1);
        shell.Shell.IsRunning.ShouldBeTrue();
    }

    [Fact]
    public void Should_show_the_stack_of_an_unexpected_failure_only_with_verbose()
    {
        using var shell = new ShellHarness(verbose: true);
        shell.Shell.Navigate("broken", () => throw new InvalidOperationException("boom"));
        shell.Dialogs.Errors.Single().ShouldContain("InvalidOperationException");
    }

    [Fact]
    public void Should_refuse_a_terminal_view_that_is_not_a_terminal_gui_view()
    {
        using var shell = new ShellHarness(language: "en");
        shell.Shell.Push(new TerminalScreen { Title = "raw", CreateView = _ => "not a view" });
        shell.Dialogs.Errors.Single().ShouldContain("did not return a terminal view");
        shell.Shell.Pages.Count.ShouldBe(1);
    }

    [Fact]
    public void Should_fit_the_status_bar_and_the_command_line_at_80_by_24()
    {
        using var shell = new ShellHarness();
        shell.Shell.Navigate("areas", () => Screens.AreasScreen.Create(shell.Shell.Host));
        shell.Draw();

        var lines = shell.Lines;
        lines.Length.ShouldBeGreaterThanOrEqualTo(24);
        lines[23].ShouldContain("Esci");   // the status bar, last line, with quit in full
        lines[23].ShouldContain("Indietro");
        lines[22].ShouldStartWith("$ meic cluster show");
        foreach (var item in shell.Shell.Status.SubViews)
            item.Frame.Right.ShouldBeLessThanOrEqualTo(80, $"'{item.Title}' is clipped");
        shell.Shell.Status.Frame.Y.ShouldBe(23);
    }

    [Fact]
    public void Should_say_how_big_the_terminal_must_be_and_redraw_when_it_grows()
    {
        using var shell = new ShellHarness();
        shell.Resize(50, 12);
        shell.Screen.ShouldContain("troppo piccola");
        shell.Screen.ShouldContain("60×16");

        shell.Resize(100, 30);
        shell.Screen.ShouldNotContain("troppo piccola");
        shell.Screen.ShouldContain("CIES onlus");
    }

    [Fact]
    public void Should_say_so_when_a_plugin_declares_a_screen_it_does_not_register()
    {
        using var shell = new ShellHarness(language: "en", plugins: true);
        var entry = shell.Context.Plugins.Entries.Single(e => e.Id == "fixture.good");
        shell.Context.Plugins.Load(entry).ShouldBeTrue();
        entry.Registration!.Views.Remove("hello"); // declared in plugin.json, never registered

        shell.Shell.OpenPlugin(entry, entry.Manifest!.Screens.Single());

        shell.Dialogs.Errors.Single().ShouldContain("hello");
        shell.Shell.Pages.Count.ShouldBe(1); // still on the home page, running
    }

    [Fact]
    public void Should_ask_before_quitting_with_unsaved_changes()
    {
        using var shell = new ShellHarness();
        shell.Shell.Navigate("settings", () => Screens.ClusterSettingsScreen.Create(shell.Shell.Host));
        shell.Press(Key.Q.WithCtrl);
        shell.Dialogs.Asked.ShouldBeEmpty(); // nothing typed yet: it quits at once
        shell.Shell.StopRequested.ShouldBeTrue();
    }

    [Fact]
    public void Should_not_quit_when_the_user_keeps_unsaved_changes()
    {
        using var shell = new ShellHarness();
        shell.Shell.Navigate("settings", () => Screens.ClusterSettingsScreen.Create(shell.Shell.Host));
        shell.Type("X");
        shell.Dialogs.Answer = false;
        shell.Press(Key.Q.WithCtrl);
        shell.Dialogs.Asked.Single().ShouldContain("non salvate");
        shell.Shell.StopRequested.ShouldBeFalse();
    }

    internal static Cluster Cluster(ShellHarness shell) => shell.Context.Store.Collection<Cluster>(Meic.Sdk.Model.Cluster.CollectionName).Get("cluster")!;
}
