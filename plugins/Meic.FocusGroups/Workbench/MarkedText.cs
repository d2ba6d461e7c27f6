using Terminal.Gui.Drawing;
using Terminal.Gui.Views;
using Attribute = Terminal.Gui.Drawing.Attribute;

namespace Meic.FocusGroups.Workbench;

/// <summary>
/// The transcript's read-only editor: cursor, selection with Shift+arrows or the mouse, scrolling; coded characters drawn
/// in the marking colours (the coder's own, and the others' once the pass is ended). Also the plain read-only texts
/// of the view (the definition), without marks.
/// </summary>
internal sealed class MarkedText : TextView
{
    /// <summary>The colour of the cell at a row and column, or null for the ordinary one.</summary>
    public Func<int, int, Attribute?>? Mark { get; set; }

    // A read-only editor is drawn in the theme's read-only colours, grey on grey in the default one: this text is
    // for reading, so it keeps the ordinary colours.
    protected override void OnDrawReadOnlyColor(List<Cell> line, int idxCol, int idxRow)
    {
        if (Mark?.Invoke(idxRow, idxCol) is { } mark) SetAttribute(mark);
        else base.OnDrawNormalColor(line, idxCol, idxRow);
    }

    protected override void OnDrawNormalColor(List<Cell> line, int idxCol, int idxRow)
    {
        if (Mark?.Invoke(idxRow, idxCol) is { } mark) SetAttribute(mark);
        else base.OnDrawNormalColor(line, idxCol, idxRow);
    }
}
