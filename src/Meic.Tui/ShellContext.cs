using Meic.Sdk.Plugins;
using Meic.Sdk.Screens;

namespace Meic.Tui;

/// <summary>What the shell offers screens and their actions: opening views on top, messages and questions in dialogs.</summary>
internal sealed class ShellContext(Shell shell) : IScreenContext
{
    public IMeicContext Meic => shell.Host.Context;

    public void Open(ScreenView view) => shell.Push(view);

    public void Tell(string message) => shell.Dialogs.Tell(shell.Current.Screen.Title, message);

    public bool Confirm(string question) => shell.Dialogs.Confirm(shell.Current.Screen.Title, question);
}
