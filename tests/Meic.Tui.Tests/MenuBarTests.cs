using Terminal.Gui.Views;

namespace Meic.Tui.Tests;

/// <summary>The menu bar with the plugins the toolkit ships: every menu it shows can be opened at the terminal's width.</summary>
public sealed class MenuBarTests
{
    [Theory]
    [InlineData("it", "Aiuto", "Altro")]
    [InlineData("es", "Ayuda", "Más")]
    public void Should_put_the_plugin_menus_that_do_not_fit_at_80_columns_under_more_and_keep_help_on_the_bar(string language, string help, string more)
    {
        using var shell = new ShellHarness(language, builtIns: true);

        var bar = shell.Lines[0];
        bar.ShouldContain(help);
        bar.ShouldContain(more);
        foreach (var item in shell.Shell.Menu.SubViews)
            item.Frame.Right.ShouldBeLessThanOrEqualTo(80, $"'{item.Title}' is cut off at the edge");
        var shown = shell.Shell.Menu.SubViews.OfType<MenuBarItem>().Select(i => i.Title.Replace("_", "")).ToList();
        var overflow = shell.Shell.Menu.SubViews.OfType<MenuBarItem>().Single(i => i.Title.Replace("_", "") == more)
            .PopoverMenu!.Root!.SubViews.OfType<MenuItem>().ToList();
        overflow.ShouldNotBeEmpty();
        overflow.ShouldAllBe(i => i.SubMenu == null && i.HelpText.Length > 0); // one flat list, each screen with its plugin's name
        // Every plugin's screens are reachable once: on the bar or under "more".
        var plugins = shell.Context.Plugins.Entries.Where(e => e.Manifest is { Screens.Count: > 0 }).Select(e => e.Manifest!).ToList();
        plugins.Count.ShouldBeGreaterThan(5);
        foreach (var p in plugins)
        {
            var name = p.Name.For(language);
            var under = overflow.Where(o => o.HelpText == name).Select(o => o.Title).ToList();
            (shown.Contains(name) ? [] : p.Screens.Select(s => s.Title.For(language)).ToList()).ShouldBe(under, name);
            (shown.Contains(name) ^ under.Count > 0).ShouldBeTrue(name);
        }
    }

    [Fact]
    public void Should_show_every_plugin_menu_on_the_bar_when_the_terminal_is_wide_and_fold_them_again_when_it_narrows()
    {
        using var shell = new ShellHarness("it", width: 160, builtIns: true);
        shell.Lines[0].ShouldNotContain("Altro");
        shell.Lines[0].ShouldContain("Riunioni");

        shell.Resize(80, 24);
        shell.Lines[0].ShouldContain("Altro");
        shell.Lines[0].ShouldContain("Aiuto");
    }

    [Fact]
    public void Should_count_a_menu_title_without_its_hotkey_mark()
    {
        MenuLayout.Columns("_Aiuto").ShouldBe(7);
        MenuLayout.Fitting("_Cluster", ["Mappa", "Accordi"], "_Aiuto", "A_ltro", 80).ShouldBe(2);
        // 1 + 9 + 7 = 17 fixed, "Altro" 7: 6 columns left, one 5-letter name (7) does not fit.
        MenuLayout.Fitting("_Cluster", ["Mappa", "Accordi"], "_Aiuto", "A_ltro", 30).ShouldBe(0);
    }
}
