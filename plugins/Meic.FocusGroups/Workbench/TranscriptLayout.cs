using System.Globalization;
using System.Text;
using Meic.FocusGroups.Model;

namespace Meic.FocusGroups.Workbench;

/// <summary>One line of the transcript as the coding view shows it: a turn's heading, a wrapped piece of its text, or a gap.</summary>
/// <param name="Turn">The turn's position in the transcript's list of turns.</param>
/// <param name="Cells">The text offset of each character cell, or null on a heading or a gap.</param>
/// <param name="End">The text offset just after the line's last cell (where a selection ending at the line's end stops).</param>
internal sealed record DisplayLine(string Text, int Turn, int[]? Cells, int End)
{
    public bool IsText => Cells is not null;
}

/// <summary>
/// The transcript wrapped to a width, with each character cell's position in the stored text, so a selection on the
/// screen becomes an exact character range of the transcript (the offsets codings and REFI-QDA exports use). The view
/// wraps the text itself rather than letting the editor do it: the editor's wrapped coordinates are then the lines here.
/// </summary>
internal sealed class TranscriptLayout
{
    private TranscriptLayout(IReadOnlyList<DisplayLine> lines) => Lines = lines;

    public IReadOnlyList<DisplayLine> Lines { get; }

    public string Text => string.Join('\n', Lines.Select(l => l.Text));

    /// <param name="heading">The heading line of a turn (its number, speaker and codes).</param>
    public static TranscriptLayout Build(string text, IReadOnlyList<Turn> turns, int width, Func<Turn, string> heading)
    {
        width = Math.Max(width, 12);
        var lines = new List<DisplayLine>();
        for (var i = 0; i < turns.Count; i++)
        {
            var t = turns[i];
            var head = heading(t);
            lines.Add(new DisplayLine(Fit(head, width), i, null, t.TextStart));
            var start = Math.Clamp(t.TextStart, 0, text.Length);
            var end = Math.Clamp(t.End, start, text.Length);
            var at = start;
            while (at <= end)
            {
                var stop = text.IndexOf('\n', at, end - at);
                if (stop < 0) stop = end;
                Wrap(text, at, stop, width, i, lines);
                at = stop + 1;
            }
            lines.Add(new DisplayLine("", i, null, end));
        }
        return new TranscriptLayout(lines);
    }

    /// <summary>Greedy word wrap of text[from..to) into lines of at most <paramref name="width"/> cells; spaces at a break are not shown.</summary>
    private static void Wrap(string text, int from, int to, int width, int turn, List<DisplayLine> lines)
    {
        var cells = new List<int>();
        var e = StringInfo.GetTextElementEnumerator(text[from..to]);
        while (e.MoveNext()) cells.Add(from + e.ElementIndex);
        if (cells.Count == 0) { lines.Add(new DisplayLine("", turn, [], to)); return; }
        var i = 0;
        while (i < cells.Count)
        {
            var take = Math.Min(width, cells.Count - i);
            if (i + take < cells.Count)
            {
                // Break after the last space that fits; a word longer than the line is cut.
                if (text[cells[i + take]] != ' ')
                    for (var k = i + take - 1; k > i; k--)
                        if (text[cells[k]] == ' ') { take = k - i; break; }
            }
            var line = cells.GetRange(i, take).ToArray();
            var end = i + take < cells.Count ? cells[i + take] : to;
            lines.Add(new DisplayLine(Show(text, line, end), turn, line, end));
            i += take;
            while (i < cells.Count && text[cells[i]] == ' ') i++; // the space a line breaks at starts no line
        }
    }

    private static string Show(string text, int[] cells, int end)
    {
        var sb = new StringBuilder();
        for (var k = 0; k < cells.Length; k++)
        {
            var next = k + 1 < cells.Length ? cells[k + 1] : end;
            var element = text[cells[k]..next];
            sb.Append(element is "\t" ? " " : element.TrimEnd('\n'));
        }
        return sb.ToString();
    }

    private static string Fit(string s, int width) => s.Length <= width ? s : s[..(width - 1)] + "…";

    /// <summary>The text offset at a cell: the cell's own, the line's end past its last cell, the turn's start on a heading.</summary>
    public int OffsetAt(int row, int col)
    {
        row = Math.Clamp(row, 0, Math.Max(0, Lines.Count - 1));
        if (Lines.Count == 0) return 0;
        var line = Lines[row];
        if (line.Cells is null) return line.End;
        return col < line.Cells.Length ? line.Cells[Math.Max(0, col)] : line.End;
    }

    /// <summary>The row and column that show <paramref name="offset"/> (the first text line at or after it).</summary>
    public (int Row, int Col) PositionOf(int offset)
    {
        for (var r = 0; r < Lines.Count; r++)
        {
            var cells = Lines[r].Cells;
            if (cells is null || cells.Length == 0 || Lines[r].End < offset) continue;
            var c = Array.FindIndex(cells, x => x >= offset);
            return (r, c < 0 ? cells.Length : c);
        }
        return (Math.Max(0, Lines.Count - 1), 0);
    }

    /// <summary>The first row of the turn at position <paramref name="turn"/> (its heading).</summary>
    public int HeadingOf(int turn)
    {
        for (var r = 0; r < Lines.Count; r++) if (Lines[r].Turn == turn) return r;
        return 0;
    }
}
