using Meic.Sdk.Text;
using Terminal.Gui.App;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace Meic.Tui;

/// <summary>The shell's dialogs drawn by Terminal.Gui, with buttons in the user's language.</summary>
internal sealed class TerminalDialogs(IApplication app, Strings t) : IDialogs
{
    public void Tell(string title, string message) => MessageBox.Query(app, title, message, t["ui.ok"]);

    public void Error(string title, string message) => MessageBox.ErrorQuery(app, title, message, t["ui.ok"]);

    public bool Confirm(string title, string question) => MessageBox.Query(app, title, question, t["ui.yes"], t["ui.no"]) == 0;

    public void Show(string title, string text)
    {
        using var dialog = new Dialog { Title = title, Width = Dim.Percent(90), Height = Dim.Percent(90) };
        var view = new Pages.ReadingText { X = 0, Y = 0, Width = Dim.Fill(), Height = Dim.Fill(1), WordWrap = true, Text = text };
        var ok = new Button { X = Pos.Center(), Y = Pos.AnchorEnd(1), Text = t["ui.ok"], IsDefault = true };
        ok.Accepting += (_, e) => { app.RequestStop(dialog); e.Handled = true; };
        dialog.Add(view, ok);
        app.Run(dialog);
    }
}
