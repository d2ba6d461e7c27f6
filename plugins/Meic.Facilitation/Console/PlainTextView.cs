using System.Drawing;
using Terminal.Gui.Drawing;
using Terminal.Gui.Views;

namespace Meic.Facilitation.Console;

/// <summary>
/// The console's multi-line texts (the notes, a form's question): read-only they keep the ordinary colours, where
/// Terminal.Gui's default theme would draw them grey on grey (a console watching another one's meeting shows its notes);
/// and the line being typed stays in view, which Terminal.Gui's wrapped editor does not ensure once a paragraph runs
/// past the bottom of the pane (the facilitator went on typing blind). Terminal.Gui's undo keeps a copy of the line being
/// edited at every key, so one long paragraph grew the console to 521 MB at 3,000 characters (and with the square of
/// its length): past <see cref="HistoryBudget"/> cells of copies the history is started again, so undo reaches back a
/// few hundred keys in a very long paragraph, thousands in ordinary ones, and memory stays bounded.
/// </summary>
internal sealed class PlainTextView : TextView
{
    /// <summary>Cells of line copies the undo history may hold (about 115 bytes each: some 60 MB) before it starts again.</summary>
    public const int HistoryBudget = 500_000;

    private long _historyCells;

    public PlainTextView()
    {
        ContentsChanged += (_, _) => { KeepCursorInView(); BoundHistory(); };
        UnwrappedCursorPositionChanged += (_, _) => KeepCursorInView();
    }

    protected override void OnDrawReadOnlyColor(List<Cell> line, int idxCol, int idxRow) => base.OnDrawNormalColor(line, idxCol, idxRow);

    private void BoundHistory()
    {
        _historyCells += GetCurrentLine().Count + 1;
        if (_historyCells <= HistoryBudget) return;
        // Counted down first: clearing the history raises ContentsChanged again, which comes back here.
        _historyCells = 0;
        ClearHistoryChanges();
    }

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
