using Meic.Sdk.Screens;
using Meic.Tui.Pages;
using Terminal.Gui.Input;

namespace Meic.Tui.Tests;

/// <summary>
/// A list whose rows are computed beside the UI thread: the progress first, the rows when they come, every key working
/// meanwhile, and nothing drawn once the user has left. The work is held by a gate the test opens, never by a clock.
/// </summary>
public sealed class BackgroundWorkTests
{
    private readonly ManualResetEventSlim _gate = new();
    private readonly ManualResetEventSlim _reported = new();
    private readonly List<Task> _started = new();
    private bool _cancelled;

    /// <summary>A screen whose work says it is 40% through, then waits for the gate (ignoring the cancellation when told to).</summary>
    private ListScreen Slow(bool ignoreCancellation = false) => new()
    {
        Title = "Metriche",
        Command = "meic map metrics",
        Columns = ["Attore", new ListColumn("Grado", Numeric: true)],
        Rows = () => [],
        Background = work =>
        {
            work.Report(0.4);
            _reported.Set();
            if (ignoreCancellation) _gate.Wait();
            else
                try { _gate.Wait(work.Cancellation); }
                catch (OperationCanceledException) { _cancelled = true; throw; }
            return [new ListRow("caritas", ["Caritas di Roma", "12"]), new ListRow("cies", ["CIES onlus", "3"])];
        },
        Working = "Calcolo delle metriche",
        Empty = "Nessun attore.",
    };

    private ListPage Open(ShellHarness shell, ListScreen screen)
    {
        shell.Shell.StartWork = work =>
        {
            var task = Task.Run(work);
            _started.Add(task);
            return task;
        };
        shell.Shell.Navigate(screen.Title, () => screen);
        var page = shell.Shell.Current.ShouldBeOfType<ListPage>();
        _reported.Wait(TimeSpan.FromSeconds(30)).ShouldBeTrue("the work never started");
        page.ShowProgress(); // what the page's ticker does while the work runs
        shell.Draw();
        return page;
    }

    // Whether every work started has returned (a bound against a hang, not a measure of time).
    private bool Ended() => Task.WaitAll(_started.ToArray(), TimeSpan.FromSeconds(30));

    // The work has returned and what it posted to the UI thread has run there.
    private void Settle(ShellHarness shell)
    {
        Ended().ShouldBeTrue("the work never ended");
        shell.App.TimedEvents!.RunTimers();
        shell.Draw();
    }

    [Fact]
    public void Should_show_the_progress_line_first_then_the_rows_the_work_computed()
    {
        using var shell = new ShellHarness();
        var page = Open(shell, Slow());

        page.Working.ShouldBeTrue();
        shell.Screen.ShouldContain("Calcolo delle metriche… 40%");
        shell.Screen.ShouldNotContain("Nessun attore.");
        shell.Screen.ShouldNotContain("Caritas di Roma");

        _gate.Set();
        Settle(shell);

        page.Working.ShouldBeFalse();
        page.Shown.Select(r => r.Id).ShouldBe(["caritas", "cies"]);
        shell.Screen.ShouldContain("Caritas di Roma");
        shell.Screen.ShouldNotContain("Calcolo delle metriche");
    }

    [Fact]
    public void Should_keep_the_keys_working_while_it_computes()
    {
        using var shell = new ShellHarness();
        var page = Open(shell, Slow());

        shell.Press(new Key('/')).Type("caritas");

        page.Filter.Text.ShouldBe("caritas");
        shell.Press(Key.F1);
        shell.Dialogs.Shown.ShouldHaveSingleItem().ShouldContain("meic map metrics");
        page.Working.ShouldBeTrue();
        _gate.Set();
        Settle(shell);
        page.Shown.Select(r => r.Id).ShouldBe(["caritas"]); // the filter typed meanwhile applies to the rows that came
    }

    [Fact]
    public void Should_leave_with_esc_while_it_computes_and_cancel_the_work()
    {
        using var shell = new ShellHarness();
        Open(shell, Slow());

        shell.Press(Key.Esc);

        shell.Shell.Pages.Count.ShouldBe(1);
        Ended().ShouldBeTrue("a cancelled work must end without the gate");
        _cancelled.ShouldBeTrue();
        Settle(shell);
        shell.Dialogs.Errors.ShouldBeEmpty();
        shell.Screen.ShouldNotContain("Caritas di Roma");
    }

    [Fact]
    public void Should_drop_a_result_that_comes_after_the_user_left()
    {
        using var shell = new ShellHarness();
        var page = Open(shell, Slow(ignoreCancellation: true));
        shell.Press(Key.Esc);
        shell.Shell.Pages.Count.ShouldBe(1);

        _gate.Set();
        Settle(shell);

        shell.Dialogs.Errors.ShouldBeEmpty();
        page.Shown.ShouldBeEmpty();
        shell.Screen.ShouldNotContain("Caritas di Roma");
    }

    [Fact]
    public void Should_show_the_map_metrics_computing_then_the_table_in_italian()
    {
        using var shell = new ShellHarness(builtIns: true);
        shell.Shell.StartWork = work =>
        {
            var task = Task.Run(() => { _gate.Wait(); work(); });
            _started.Add(task);
            return task;
        };
        var entry = shell.Context.Plugins.Entries.Single(e => e.Id == "meic.mapping");
        shell.Shell.OpenPlugin(entry, entry.Manifest!.Screens.Single(s => s.Id == "map-metrics"));
        shell.Draw();
        var page = shell.Shell.Current.ShouldBeOfType<ListPage>();

        shell.Screen.ShouldContain("Calcolo delle metriche… 0%");
        page.Shown.ShouldBeEmpty();

        _gate.Set();
        Settle(shell);

        page.Working.ShouldBeFalse();
        page.Shown.Count.ShouldBe(23);
        shell.Screen.ShouldContain("intermediazione");
        shell.Screen.ShouldNotContain("Calcolo delle metriche");
    }

    [Fact]
    public void Should_show_an_actors_metrics_in_its_detail_once_computed()
    {
        using var shell = new ShellHarness(builtIns: true);
        shell.Shell.StartWork = work =>
        {
            var task = Task.Run(() => { _gate.Wait(); work(); });
            _started.Add(task);
            return task;
        };
        var entry = shell.Context.Plugins.Entries.Single(e => e.Id == "meic.mapping");
        shell.Shell.OpenPlugin(entry, entry.Manifest!.Screens.Single(s => s.Id == "map-actors"));
        shell.Draw();
        var page = shell.Shell.Current.ShouldBeOfType<ListPage>();

        page.Shown.Count.ShouldBe(23); // the list is there at once
        page.Detail.Text.ShouldStartWith("Calcolo delle metriche… 0%");
        page.Detail.Text.ShouldNotContain("Grado ");

        _gate.Set();
        Settle(shell);

        page.Detail.Text.ShouldNotContain("Calcolo delle metriche");
        page.Detail.Text.ShouldContain("Grado ");
    }
}
