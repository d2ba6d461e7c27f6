using Meic.Sdk.Model;
using Meic.Sdk.Plugins;
using Meic.Sdk.Text;
using Spectre.Console;

namespace Meic.Mapping.Commands;

internal static class Shared
{
    public static void Line(IMeicContext ctx, string text) => ctx.Console.Write(new Text(text + "\n"));

    public static DateOnly Today(IMeicContext ctx) => DateOnly.FromDateTime(ctx.Clock.Now.Date);

    public static object ActorView(Actor a, bool contacts = true) => new
    {
        a.Id, a.Name, sector = Names.Kebab(a.Sector), a.Areas, a.District, a.Mandate,
        stage = Names.Kebab(a.Stage), networkKind = a.NetworkKind is { } k ? Names.Kebab(k) : null,
        a.Promoter, a.Tags, a.Services, contacts = contacts ? a.Contacts : null, stageHistory = a.StageHistory.Select(h => new { stage = Names.Kebab(h.Stage), date = h.Date.ToString("yyyy-MM-dd"), h.Note }),
    };

    public static Table NewTable(params string[] headers)
    {
        var t = new Table().Border(TableBorder.Rounded);
        foreach (var h in headers) t.AddColumn(new TableColumn(new Text(h)));
        return t;
    }

    public static void Row(Table t, params string?[] cells) => t.AddRow(cells.Select(c => (Spectre.Console.Rendering.IRenderable)new Text(c ?? "")).ToArray());
}
