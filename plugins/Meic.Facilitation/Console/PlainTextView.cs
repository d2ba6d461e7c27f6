using Terminal.Gui.Drawing;
using Terminal.Gui.Views;

namespace Meic.Facilitation.Console;

/// <summary>
/// The console's multi-line texts (the notes, a form's question): read-only they keep the ordinary colours, where
/// Terminal.Gui's default theme would draw them grey on grey (a console watching another one's meeting shows its notes).
/// </summary>
internal sealed class PlainTextView : TextView
{
    protected override void OnDrawReadOnlyColor(List<Cell> line, int idxCol, int idxRow) => base.OnDrawNormalColor(line, idxCol, idxRow);
}
