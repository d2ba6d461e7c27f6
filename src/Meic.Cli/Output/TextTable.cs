namespace Meic.Cli.Output;

/// <summary>A column of a <see cref="TextTable"/>: its header and whether its cells sit to the right (numbers).</summary>
internal sealed record TextColumn(string Header, bool Right = false);

/// <summary>
/// A table drawn with box characters, written straight to a <see cref="TextWriter"/>. For the commands
/// people and scripts run most (<c>status</c>): drawing them with the widget library costs more start-up
/// than the rest of the command. Data is written as text, never interpreted.
/// </summary>
internal sealed class TextTable(string? title, params TextColumn[] columns)
{
    private readonly List<string[]> _rows = [];

    public TextTable AddRow(params string[] cells)
    {
        if (cells.Length != columns.Length) throw new ArgumentException($"expected {columns.Length} cells, got {cells.Length}.", nameof(cells));
        _rows.Add(cells);
        return this;
    }

    public void Write(TextWriter o, TextStyle style)
    {
        var widths = new int[columns.Length];
        for (var c = 0; c < columns.Length; c++)
        {
            widths[c] = TextWidth.Of(columns[c].Header);
            foreach (var row in _rows) widths[c] = Math.Max(widths[c], TextWidth.Of(OneLine(row[c])));
        }
        var total = 1;
        foreach (var w in widths) total += w + 3;
        if (title is not null)
        {
            var left = Math.Max(0, (total - TextWidth.Of(title)) / 2);
            o.WriteLine(new string(' ', left) + title);
        }
        o.WriteLine(Rule('┌', '┬', '┐', widths));
        var header = new string[columns.Length];
        for (var c = 0; c < columns.Length; c++) header[c] = columns[c].Header;
        o.WriteLine(Line(header, widths, style, bold: true));
        o.WriteLine(Rule('├', '┼', '┤', widths));
        foreach (var row in _rows) o.WriteLine(Line(row, widths, style, bold: false));
        o.WriteLine(Rule('└', '┴', '┘', widths));
    }

    private string Line(string[] cells, int[] widths, TextStyle style, bool bold)
    {
        var line = new System.Text.StringBuilder("│");
        for (var c = 0; c < cells.Length; c++)
        {
            var text = OneLine(cells[c]);
            var cell = columns[c].Right ? TextWidth.PadLeft(text, widths[c]) : TextWidth.PadRight(text, widths[c]);
            line.Append(' ').Append(bold ? style.Bold(cell) : cell).Append(" │");
        }
        return line.ToString();
    }

    private static string Rule(char left, char middle, char right, int[] widths)
    {
        var line = new System.Text.StringBuilder().Append(left);
        for (var c = 0; c < widths.Length; c++)
        {
            if (c > 0) line.Append(middle);
            line.Append('─', widths[c] + 2);
        }
        return line.Append(right).ToString();
    }

    // A value with a line break would break the frame: it is shown on one line.
    internal static string OneLine(string text) => text.Contains('\n') || text.Contains('\r') ? text.Replace("\r\n", " ").Replace('\n', ' ').Replace('\r', ' ') : text;
}
