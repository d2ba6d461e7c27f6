using System.Drawing;
using Terminal.Gui.Drawing;
using Terminal.Gui.Views;

namespace Meic.Facilitation.Console;

/// <summary>
/// The console's multi-line texts (the notes, a form's question): read-only they keep the ordinary colours, where
/// Terminal.Gui's default theme would draw them grey on grey (a console watching another one's meeting shows its notes);
/// and the line being typed stays in view, which Terminal.Gui's wrapped editor does not ensure once a paragraph runs
/// past the bottom of the pane (the facilitator went on typing blind).
/// </summary>
internal sealed class PlainTextView : TextView
{
    public PlainTextView()
    {
        ContentsChanged += (_, _) => KeepCursorInView();
        UnwrappedCursorPositionChanged += (_, _) => KeepCursorInView();
    }

    protected override void OnDrawReadOnlyColor(List<Cell> line, int idxCol, int idxRow) => base.OnDrawNormalColor(line, idxCol, idxRow);

    private void KeepCursorInView()
    {
        var height = Viewport.Height;
        if (height <= 0) return;
        var row = CurrentRow;
        var top = Viewport.Y;
        if (row >= top + height) ScrollTo(new Point(0, row - height + 1));
        else if (row < top) ScrollTo(new Point(0, row));
    }
}
