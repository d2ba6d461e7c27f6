using Meic.Sdk.Screens;
using Meic.Tui.Pages;
using Terminal.Gui.Input;

namespace Meic.Tui.Tests;

/// <summary>A list screen in the shell: filter as you type, sort, scroll, a remembered selection, actions on their keys.</summary>
public sealed class ListPageTests
{
    private int _reads;
    private readonly List<string> _ran = new();

    private ListScreen Organisations() => new()
    {
        Title = "Organizzazioni",
        Command = "meic map actors list",
        Columns = ["Nome", "Settore", new ListColumn("Soci", Numeric: true)],
        Rows = () =>
        {
            _reads++;
            var rows = new List<ListRow>
            {
                new("citta", ["Associazione Città Aperta", "Terzo settore", "12"]),
                new("caritas", ["Caritas di Roma", "Terzo settore", "3"]) { Keywords = "CdR" },
                new("uni", ["Università Roma Tre", "Ricerca", "40"]),
            };
            for (var i = 1; i <= 60; i++) rows.Add(new ListRow($"a{i}", [$"Attore {i:00}", "Impresa", i.ToString()]));
            return rows;
        },
        Detail = row => $"Scheda di {row.Cells[0]}",
        Actions =
        [
            new ScreenAction { Key = "c", Label = "Contatta", NeedsRow = true, Run = (_, row) => _ran.Add("c:" + row!.Id), Command = row => $"meic map actors show {row?.Id}" },
            new ScreenAction { Key = "Delete", Label = "Elimina", NeedsRow = true, Confirm = row => $"Eliminare {row.Cells[0]}?", Run = (_, row) => _ran.Add("del:" + row!.Id) },
        ],
    };

    private static ListPage Open(ShellHarness shell, ListScreen screen)
    {
        shell.Shell.Navigate(screen.Title, () => screen);
        shell.Draw();
        return shell.Shell.Current.ShouldBeOfType<ListPage>();
    }

    [Fact]
    public void Should_filter_as_you_type_ignoring_accents_and_case()
    {
        using var shell = new ShellHarness();
        var page = Open(shell, Organisations());
        page.Shown.Count.ShouldBe(63);

        shell.Press(new Key('/')).Type("citta");
        page.Filter.HasFocus.ShouldBeTrue();
        page.Shown.Select(r => r.Id).ShouldBe(["citta"]);
        shell.Screen.ShouldContain("Associazione Città Aperta");
        shell.Screen.ShouldNotContain("Caritas di Roma");

        page.Filter.Text = "";
        shell.Type("UNIVERSITÀ roma");
        page.Shown.Select(r => r.Id).ShouldBe(["uni"]);
        shell.Screen.ShouldContain("Scheda di Università Roma Tre"); // the detail of the selected row

        page.Filter.Text = "";
        shell.Type("cdr"); // a keyword beyond the cells
        page.Shown.Select(r => r.Id).ShouldBe(["caritas"]);

        page.Filter.Text = "";
        shell.Type("nessuno");
        page.Shown.ShouldBeEmpty();
        shell.Screen.ShouldContain("Nessuna riga contiene «nessuno»");
    }

    [Fact]
    public void Should_give_letters_to_the_filter_while_it_has_the_focus_and_to_the_actions_otherwise()
    {
        using var shell = new ShellHarness();
        var page = Open(shell, Organisations());
        shell.Press(new Key('/')).Type("c");
        _ran.ShouldBeEmpty();
        page.Filter.Text.ShouldBe("c");

        shell.Press(Key.Esc); // leaves the filter, not the screen
        shell.Shell.Current.ShouldBe(page);
        page.List.HasFocus.ShouldBeTrue();
        shell.Press(new Key('c'));
        _ran.ShouldBe(["c:" + page.Row!.Id]);
    }

    [Fact]
    public void Should_sort_by_a_column_and_keep_the_selected_row()
    {
        using var shell = new ShellHarness();
        var page = Open(shell, Organisations());
        page.List.SelectedItem = 1; // Caritas di Roma
        page.Row!.Id.ShouldBe("caritas");

        shell.Press(new Key('s'));
        page.SortColumn.ShouldBe(0);
        page.Shown.Select(r => r.Cells[0]).ShouldBe(page.Shown.Select(r => r.Cells[0]).Order(StringComparer.CurrentCultureIgnoreCase));
        page.Row!.Id.ShouldBe("caritas");
        page.Header.Text.ShouldContain("Nome ▲");

        shell.Press(new Key('s'), new Key('s'));
        page.SortColumn.ShouldBe(2);
        page.Shown.Select(r => int.Parse(r.Cells[2])).ShouldBeInOrder();
        page.Row!.Id.ShouldBe("caritas");

        shell.Press(new Key('s'));
        page.SortColumn.ShouldBe(-1); // back to the screen's own order
        page.Shown[0].Id.ShouldBe("citta");
    }

    [Fact]
    public void Should_leave_s_to_the_screens_action_on_it_and_sort_with_o_instead()
    {
        using var shell = new ShellHarness();
        var screen = Organisations();
        var staged = new ListScreen
        {
            Title = screen.Title, Command = screen.Command, Columns = screen.Columns, Rows = screen.Rows,
            Actions = [new ScreenAction { Key = "s", Label = "Fase", NeedsRow = true, Run = (_, row) => _ran.Add("s:" + row!.Id) }],
        };
        var page = Open(shell, staged);

        shell.Press(new Key('s'));
        _ran.ShouldBe(["s:citta"]);
        page.SortColumn.ShouldBe(-1);

        shell.Press(new Key('o'));
        page.SortColumn.ShouldBe(0);
        shell.Shell.HelpText().ShouldContain("o        ");
    }

    [Fact]
    public void Should_sort_by_the_column_whose_header_is_clicked()
    {
        using var shell = new ShellHarness();
        var page = Open(shell, Organisations());
        var x = page.Header.Text.IndexOf("Soci", StringComparison.Ordinal);
        page.Header.NewMouseEvent(new Mouse { Flags = MouseFlags.LeftButtonClicked, Position = new System.Drawing.Point(x, 0) });
        page.SortColumn.ShouldBe(2);
    }

    [Fact]
    public void Should_scroll_with_the_keys_keeping_the_selection_visible()
    {
        using var shell = new ShellHarness();
        var page = Open(shell, Organisations());
        shell.Press(Key.End);
        page.Row!.Id.ShouldBe("a60");
        page.List.Viewport.Y.ShouldBeGreaterThan(0);
        shell.Screen.ShouldContain("Attore 60");

        shell.Press(Key.PageUp);
        page.List.SelectedItem.ShouldNotBe(62);
        shell.Press(Key.Home);
        page.Row!.Id.ShouldBe("citta");
        page.List.Viewport.Y.ShouldBe(0);
        shell.Press(Key.CursorDown, Key.CursorDown);
        page.Row!.Id.ShouldBe("uni");
    }

    [Fact]
    public void Should_remember_the_selected_row_when_the_screen_opens_again()
    {
        using var shell = new ShellHarness();
        var page = Open(shell, Organisations());
        shell.Press(Key.CursorDown, Key.CursorDown);
        page.Row!.Id.ShouldBe("uni");
        shell.Press(Key.Esc);

        var again = Open(shell, Organisations());
        again.ShouldNotBe(page);
        again.Row!.Id.ShouldBe("uni");
    }

    [Fact]
    public void Should_ask_before_an_action_with_a_confirmation_and_read_the_rows_again_after_it()
    {
        using var shell = new ShellHarness();
        var page = Open(shell, Organisations());
        var reads = _reads;

        shell.Dialogs.Answer = false;
        shell.Press(Key.Delete);
        shell.Dialogs.Asked.Single().ShouldBe("Eliminare Associazione Città Aperta?");
        _ran.ShouldBeEmpty();

        shell.Dialogs.Answer = true;
        shell.Press(Key.Delete);
        _ran.ShouldBe(["del:citta"]);
        _reads.ShouldBeGreaterThan(reads);
    }

    [Fact]
    public void Should_show_the_actions_and_the_command_line_of_the_list()
    {
        using var shell = new ShellHarness();
        Open(shell, Organisations());
        shell.Lines[22].ShouldStartWith("$ meic map actors list");
        shell.Lines[23].ShouldContain("Contatta");
        shell.Lines[23].ShouldContain("Esci");
    }

    [Fact]
    public void Should_scroll_with_the_mouse_wheel()
    {
        using var shell = new ShellHarness();
        var page = Open(shell, Organisations());
        for (var i = 0; i < 5; i++) page.List.NewMouseEvent(new Mouse { Flags = MouseFlags.WheeledDown, Position = new System.Drawing.Point(1, 1) });
        shell.Draw();
        page.List.Viewport.Y.ShouldBeGreaterThan(0);
    }

    [Fact]
    public void Should_show_the_detail_beside_the_list_on_a_wide_terminal_and_below_it_at_80_columns()
    {
        using var shell = new ShellHarness(width: 140, height: 40);
        var page = Open(shell, Organisations());
        page.Detail.Frame.X.ShouldBeGreaterThan(page.List.Frame.Right - 1);
        page.Detail.Frame.Y.ShouldBeLessThan(page.List.Frame.Bottom);
        shell.Screen.ShouldContain("Scheda di Associazione Città Aperta");

        shell.Resize(80, 24);
        page.Detail.Frame.X.ShouldBe(0);
        page.Detail.Frame.Y.ShouldBeGreaterThanOrEqualTo(page.List.Frame.Bottom);
        shell.Screen.ShouldContain("Scheda di Associazione Città Aperta");
    }

    [Theory]
    [InlineData(80, 24)]
    [InlineData(140, 40)]
    public void Should_give_a_list_without_a_detail_the_whole_page(int width, int height)
    {
        using var shell = new ShellHarness(width: width, height: height);
        var full = Organisations();
        var page = Open(shell, new ListScreen { Title = full.Title, Command = full.Command, Columns = full.Columns, Rows = full.Rows });
        page.List.Frame.Width.ShouldBe(page.Detail.Frame.Width);
        page.Detail.Frame.Height.ShouldBe(1); // the line for "nothing matches" only
        page.List.Frame.Bottom.ShouldBe(page.Detail.Frame.Y);
        shell.Screen.ShouldContain("Attore 10"); // more rows than a list sharing the page with a detail would show at 80×24
    }

    [Fact]
    public void Should_narrow_the_other_columns_before_the_name_when_a_row_is_wider_than_the_terminal()
    {
        using var shell = new ShellHarness();
        var wide = new ListScreen
        {
            Title = "Attori",
            Columns = ["Nome", "Settore", "Ambiti", "Fase", "Rete", "Municipio"],
            Rows = () => Enumerable.Range(1, 1000).Select(i => new ListRow($"a{i}",
                [$"Associazione Città Aperta {i:0000}", "Terzo settore e volontariato", "Accoglienza abitativa, Formazione", "Interessato", "Rete coordinata", "Municipio VIII"])).ToList(),
        };
        Open(shell, wide);
        shell.Screen.ShouldContain("Associazione Città Aperta 0001");
        shell.Screen.ShouldContain("Terzo"); // the others narrowed, not gone
        shell.Lines.ShouldAllBe(l => l.TrimEnd().Length <= 80);
    }
}
