using Meic.Testing;

namespace Meic.Cli.Tests;

/// <summary>The terminal UI, driven through a real pseudo-terminal (tmux).</summary>
public sealed class TerminalUiTests : IDisposable
{
    private readonly TempDir _dir = new("meic-tui");

    [TmuxFact]
    public void Should_open_home_browse_a_plugin_screen_and_quit_with_q()
    {
        var ws = _dir.File("ws");
        MeicProcess.Run(_dir.Path, "init", ws, "--template", "rome").ExitCode.ShouldBe(0);
        var plugins = FixturePlugins.CopyTo(_dir.File("plugins"), "Fixture.Good");
        var marker = _dir.File("exited");
        using var tmux = new Tmux(ws, $"MEIC_PLUGIN_PATH={plugins} dotnet {Repo.Host} --lang en; echo $? > {marker}", width: 140, height: 45);

        var home = tmux.WaitFor("Quit");
        home.ShouldContain("Roma");
        home.ShouldContain("CIES onlus");
        home.ShouldContain("Hello screen");

        MoveTo(tmux, "Hello screen");
        tmux.Keys("Enter");
        tmux.WaitFor("Hello from the fixture plugin").ShouldContain("Hello from the fixture plugin");
        tmux.Keys("Escape");
        tmux.WaitFor("Quit");
        MoveTo(tmux, "Cluster summary");
        tmux.Keys("Enter");
        // The table is drawn row by row: wait for the row, not only for the title above it.
        tmux.WaitFor(s => s.Contains("Thematic areas") && s.Contains("Housing and reception"), "the areas table with its rows");
        tmux.Keys("Escape");
        tmux.WaitFor("Quit");
        tmux.Keys("q");

        tmux.WaitFor(_ => File.Exists(marker), "the UI exit");
        File.ReadAllText(marker).Trim().ShouldBe("0");
    }

    // Moves the highlight (›) down the menu until it is on the item named <paramref name="item"/>.
    private static void MoveTo(Tmux tmux, string item)
    {
        for (var i = 0; i < 40; i++)
        {
            var screen = tmux.WaitFor("›");
            if (screen.Split('\n').Any(l => l.Contains('›') && l.Contains(item))) return;
            var before = screen;
            tmux.Keys("Down");
            tmux.WaitFor(s => s != before, "the highlight moving");
        }
        throw new Xunit.Sdk.XunitException($"menu item '{item}' not found:\n{tmux.Screen()}");
    }

    public void Dispose() => _dir.Dispose();
}
