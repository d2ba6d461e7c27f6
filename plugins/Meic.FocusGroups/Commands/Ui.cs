using Meic.FocusGroups.Storage;
using Meic.Sdk.Plugins;
using Meic.Sdk.Text;
using Spectre.Console;

namespace Meic.FocusGroups.Commands;

/// <summary>Small helpers every focus command shares: strings, tables, lines of data-safe text.</summary>
internal static class Ui
{
    public static Strings S(IMeicContext ctx) => Strings.Load(typeof(FocusGroupsPlugin).Assembly, "Meic.FocusGroups.strings", ctx.Language);

    public static FocusStore Fs(IMeicContext ctx) => new(ctx.Store);

    public static string Today(IMeicContext ctx) => ctx.Clock.Now.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public static void Line(IMeicContext ctx, string text) => ctx.Console.Write(new Text(text + "\n"));

    public static void Table(IMeicContext ctx, IEnumerable<string> headers, IEnumerable<IEnumerable<string?>> rows)
    {
        var table = new Table().Border(TableBorder.Simple);
        foreach (var h in headers) table.AddColumn(new TableColumn(new Text(h)));
        foreach (var r in rows) table.AddRow(r.Select(c => (Spectre.Console.Rendering.IRenderable)new Text(c ?? "")).ToArray());
        ctx.Console.Write(table);
    }

    public static string F3(double v) => double.IsNaN(v) ? "n/a" : v.ToString("0.000", System.Globalization.CultureInfo.InvariantCulture);
}
