using Meic.Sdk.Plugins;
using Spectre.Console;

namespace Meic.Brokerage.Commands;

/// <summary>Human output helpers: every cell from data is written as plain text, never as markup.</summary>
internal static class Output
{
    public static void Table(IMeicContext ctx, IEnumerable<string> headers, IEnumerable<IEnumerable<string?>> rows)
    {
        var table = new Table().Border(TableBorder.Simple);
        var first = true;
        foreach (var h in headers)
        {
            var column = new TableColumn(new Text(h, new Style(decoration: Decoration.Bold)));
            if (first) column.NoWrap(); // ids are typed back into commands: keep them whole
            table.AddColumn(column);
            first = false;
        }
        foreach (var row in rows) table.AddRow(row.Select(c => (Spectre.Console.Rendering.IRenderable)new Text(c ?? "")).ToArray());
        ctx.Console.Write(table);
    }

    public static void Line(IMeicContext ctx, string text) => ctx.Console.Write(new Text(text + "\n"));

    public static string Join(IEnumerable<string> items) => string.Join(", ", items);
}
