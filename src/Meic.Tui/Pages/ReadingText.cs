using Terminal.Gui.Drawing;
using Terminal.Gui.Views;

namespace Meic.Tui.Pages;

/// <summary>
/// A read-only text to read (the home page, a detail pane, the help): Terminal.Gui draws a read-only editor in the
/// theme's read-only colours, grey on grey in the default theme, so the text would not be seen; this one keeps the
/// ordinary colours and still scrolls, selects and copies.
/// </summary>
internal sealed class ReadingText : TextView
{
    public ReadingText() => ReadOnly = true;

    protected override void OnDrawReadOnlyColor(List<Cell> line, int idxCol, int idxRow) => base.OnDrawNormalColor(line, idxCol, idxRow);
}
