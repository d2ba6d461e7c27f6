using Meic.Sdk.Errors;
using Meic.Sdk.Screens;
using Meic.Sdk.Text;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace Meic.Tui.Pages;

/// <summary>A <see cref="TerminalScreen"/>: the plugin's own view in the content area.</summary>
internal sealed class RawPage : Page
{
    private readonly TerminalScreen _screen;

    public RawPage(TerminalScreen screen, IScreenContext context, Strings t) : base(screen)
    {
        _screen = screen;
        View = screen.CreateView(context) as View
            ?? throw new MeicException(t["ui.notAView", screen.Title]);
        View.Width = Dim.Fill();
        View.Height = Dim.Fill();
    }

    public override View View { get; }

    public override bool Unsaved => _screen.Unsaved?.Invoke() == true;

    // Letters and '?' typed into the plugin's own text fields are text, not the shell's keys.
    public override bool Typing => View.MostFocused is TextField or TextView;

    public override bool HandleEscape() => _screen.Escape?.Invoke() == true;
}
