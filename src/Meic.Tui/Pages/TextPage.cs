using Meic.Sdk.Screens;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace Meic.Tui.Pages;

/// <summary>A <see cref="TextScreen"/>: its text, read-only, scrolling with the arrows, PgUp/PgDn and the wheel.</summary>
internal sealed class TextPage : Page
{
    private readonly TextScreen _screen;

    public TextPage(TextScreen screen) : base(screen)
    {
        _screen = screen;
        // Wrapped: a long line (a duplicate's explanation, a cluster's full name) is read whole, not cut at the edge.
        Text = new ReadingText { X = 0, Y = 0, Width = Dim.Fill(), Height = Dim.Fill(), WordWrap = true };
        Refresh();
    }

    public TextView Text { get; }

    public override View View => Text;

    public override void Refresh() => Text.Text = _screen.Text();
}
