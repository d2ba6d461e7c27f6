using System.CommandLine;
using Meic.Brokerage.Domain;
using Meic.Sdk.Plugins;
using Meic.Sdk.Text;

namespace Meic.Brokerage.Commands;

/// <summary><c>meic broker needs list</c>: needs added here and those read from other plugins.</summary>
internal static class NeedsListCommand
{
    public static Command Create(IMeicContext ctx, Strings s)
    {
        var area = new Option<string?>("--area") { Description = s["opt.area"] };
        var command = new Command("list", s["cmd.needs.list"]) { area };
        command.SetAction(p =>
        {
            var needs = NeedSources.All(ctx.Store).Where(n => p.GetValue(area) is not { } a || n.Area == a).ToList();
            if (ctx.Json) { ctx.WriteJson(needs); return 0; }
            if (needs.Count == 0) { Output.Line(ctx, s["needs.none"]); return 0; }
            Output.Table(ctx, [s["col.id"], s["col.need"], s["col.area"], s["col.district"], s["col.for"], s["col.source"]],
                needs.Select(n => new[] { n.Id, n.Description, n.Area, n.District, Output.Join(n.ForWhom), n.Source }));
            return 0;
        });
        return command;
    }
}
