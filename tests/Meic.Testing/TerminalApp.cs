namespace Meic.Testing;

/// <summary>
/// The real host's terminal application (<c>meic ui --lang it</c>) over a workspace, in tmux at 80×24, driven with the
/// keys a city officer presses. Every step waits on text on the screen, never on time.
/// </summary>
public sealed class TerminalApp : IDisposable
{
    public TerminalApp(string workspace, int width = 80, int height = 24)
    {
        Tmux = new Tmux(width: width, height: height);
        Tmux.Start($"cd '{workspace}' && MEIC_PLUGIN_PATH= dotnet '{Repo.Host}' ui --lang it; echo FINE=$?; sleep 30");
        Tmux.WaitFor("Promotore:"); // the home page is drawn: the keys go to the application from here on
    }

    public Tmux Tmux { get; }

    /// <summary>
    /// Opens the menu <paramref name="rights"/> places right of Cluster, waits for its entry <paramref name="entry"/>,
    /// moves <paramref name="downs"/> down and picks it; returns the screen once <paramref name="opened"/> shows.
    /// </summary>
    public string Open(int rights, string entry, int downs, string opened)
    {
        Tmux.Keys("F10");
        Tmux.WaitFor("Impostazioni del cluster");
        for (var i = 0; i < rights; i++) Tmux.Keys("Right");
        Tmux.WaitFor(entry);
        for (var i = 0; i < downs; i++) Tmux.Keys("Down");
        Tmux.Keys("Enter");
        return Tmux.WaitFor(opened);
    }

    /// <summary>
    /// Opens the menu called <paramref name="menu"/> with a click on its name in the bar (wherever it is: which other
    /// plugins are built decides its place), waits for its entry <paramref name="entry"/>, moves <paramref name="downs"/>
    /// down and picks it; returns the screen once <paramref name="opened"/> shows.
    /// </summary>
    public string Open(string menu, string entry, int downs, string opened)
    {
        var bar = Tmux.Screen().Split('\n')[0];
        var at = bar.IndexOf(" " + menu + " ", StringComparison.Ordinal);
        if (at < 0) throw new InvalidOperationException($"no menu '{menu}' in the bar: {bar}");
        var column = at + 2; // 1-based, on the name's first letter
        Tmux.Keys("-l", $"\u001b[<0;{column};1M\u001b[<0;{column};1m");
        Tmux.WaitFor(entry);
        for (var i = 0; i < downs; i++) Tmux.Keys("Down");
        Tmux.Keys("Enter");
        return Tmux.WaitFor(opened);
    }

    /// <summary>Presses <paramref name="keys"/> (tmux key names) and waits for <paramref name="text"/>.</summary>
    public string Press(string text, params string[] keys)
    {
        Tmux.Keys(keys);
        return Tmux.WaitFor(text);
    }

    /// <summary>Enter on the dialog saying <paramref name="said"/>, and waits until it has closed (keys typed before go to the dialog).</summary>
    public void Dismiss(string said)
    {
        Tmux.Keys("Enter");
        Tmux.WaitFor(s => !s.Contains(said, StringComparison.Ordinal), $"the dialog '{said}' closed");
    }

    /// <summary>Types <paramref name="text"/> as letters.</summary>
    public void Type(string text) => Tmux.Type(text);

    /// <summary>Ctrl+Q, and waits for the application to end with exit code 0.</summary>
    public void Quit()
    {
        Tmux.Keys("C-q");
        Tmux.WaitFor("FINE=0");
    }

    public void Dispose() => Tmux.Dispose();
}
