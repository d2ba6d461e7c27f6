namespace Meic.Tui;

/// <summary>The shell's modal questions and messages; tests answer them without a terminal.</summary>
internal interface IDialogs
{
    /// <summary>Shows a message until dismissed.</summary>
    void Tell(string title, string message);

    /// <summary>Shows an error until dismissed.</summary>
    void Error(string title, string message);

    /// <summary>Asks a yes/no question; true for yes.</summary>
    bool Confirm(string title, string question);

    /// <summary>Shows a long text that scrolls (the help overlay).</summary>
    void Show(string title, string text);
}
