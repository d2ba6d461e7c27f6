namespace Meic.Cli.Output;

/// <summary>Label–value pairs in a rounded frame with a title, written straight to a <see cref="TextWriter"/> (see <see cref="TextTable"/>).</summary>
internal sealed class TextPanel(string title)
{
    private readonly List<(string Label, string Value)> _rows = [];

    public TextPanel Add(string label, string value)
    {
        _rows.Add((label, value));
        return this;
    }

    public void Write(TextWriter o, TextStyle style)
    {
        var labelWidth = 0;
        var valueWidth = 0;
        foreach (var (label, value) in _rows)
        {
            labelWidth = Math.Max(labelWidth, TextWidth.Of(label));
            valueWidth = Math.Max(valueWidth, TextWidth.Of(TextTable.OneLine(value)));
        }
        var heading = TextTable.OneLine(title);
        var inner = Math.Max(labelWidth + 2 + valueWidth + 2, TextWidth.Of(heading) + 1);
        o.WriteLine("╭─" + heading + new string('─', inner - 1 - TextWidth.Of(heading)) + "╮");
        foreach (var (label, value) in _rows)
        {
            var text = style.Bold(TextWidth.PadRight(label, labelWidth)) + "  " + TextTable.OneLine(value);
            o.WriteLine("│ " + text + new string(' ', inner - 2 - labelWidth - 2 - TextWidth.Of(TextTable.OneLine(value))) + " │");
        }
        o.WriteLine("╰" + new string('─', inner) + "╯");
    }
}
