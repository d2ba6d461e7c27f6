using Spectre.Console;

namespace Meic.Sdk.Plugins;

/// <summary>
/// A full-screen view of the terminal UI. The host owns the terminal and hands the screen
/// a console and a key source; the screen returns when the user presses Esc.
/// Every screen has a CLI equivalent, so the same data is scriptable.
/// </summary>
public interface IScreen
{
    /// <summary>Runs the screen until the user leaves it.</summary>
    void Run(IScreenHost host);
}

/// <summary>What the host offers a running screen.</summary>
public interface IScreenHost
{
    /// <summary>The console to draw on.</summary>
    IAnsiConsole Console { get; }

    /// <summary>Waits for the next key press.</summary>
    ConsoleKeyInfo ReadKey();

    /// <summary>Clears the screen and draws a header with <paramref name="title"/>.</summary>
    void Clear(string title);

    /// <summary>Reads a line of text typed by the user; null when the user pressed Esc.</summary>
    string? ReadLine(string prompt);

    /// <summary>Lets the user pick one of <paramref name="items"/> with the arrow keys; null on Esc.</summary>
    int? Choose(string title, IReadOnlyList<string> items);
}
