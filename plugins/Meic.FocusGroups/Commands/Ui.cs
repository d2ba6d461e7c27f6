using Meic.FocusGroups.Storage;
using Meic.Sdk.Plugins;
using Meic.Sdk.Text;
using Spectre.Console;

namespace Meic.FocusGroups.Commands;

/// <summary>Small helpers every focus command shares: strings, tables, lines of data-safe text.</summary>
internal static class Ui
{
    public static Strings S(IMeicContext ctx) => S(ctx.Language);

    public static Strings S(string language) => Strings.Load(typeof(FocusGroupsPlugin).Assembly, "Meic.FocusGroups.strings", language);

    /// <summary>
    /// The refusal of <paramref name="found"/> where one of <paramref name="ids"/> was expected: each choice as the user
    /// reads it (its <c>choice.&lt;id&gt;</c> label) with the id to type.
    /// </summary>
    public static Meic.Sdk.Errors.InputException OneOf(Strings s, string? found, string where, params string[] ids) =>
        new(s["refuse.oneOf", string.Join(", ", ids.Select(id => s.Keys.Contains($"choice.{id}") ? $"{s[$"choice.{id}"]} ({id})" : id)), found], where);

    /// <summary>A date as people write it (20/03/2027) or as the toolkit does (2027-03-20), kept as yyyy-mm-dd; refused in the user's language.</summary>
    public static string Date(IMeicContext ctx, string? typed, string where = "--date") =>
        typed is null ? Today(ctx) : Dates.Iso(Dates.Parse(typed, ctx.Language, where));

    public static FocusStore Fs(IMeicContext ctx) => new(ctx.Store, S(ctx));

    public static string Today(IMeicContext ctx) => ctx.Clock.Now.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public static void Line(IMeicContext ctx, string text) => ctx.Console.Write(new Text(text + "\n"));

    public static void Table(IMeicContext ctx, IEnumerable<string> headers, IEnumerable<IEnumerable<string?>> rows)
    {
        var table = new Table().Border(TableBorder.Simple);
        foreach (var h in headers) table.AddColumn(new TableColumn(new Text(h)));
        foreach (var r in rows) table.AddRow(r.Select(c => (Spectre.Console.Rendering.IRenderable)new Text(c ?? "")).ToArray());
        ctx.Console.Write(table);
    }

    public static string F3(double v) => double.IsNaN(v) ? "–" : v.ToString("0.000", System.Globalization.CultureInfo.InvariantCulture);
}
