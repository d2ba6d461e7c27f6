using System.CommandLine;
using Meic.Brokerage.Domain;
using Meic.Brokerage.Model;
using Meic.Sdk.Plugins;
using Meic.Sdk.Text;

namespace Meic.Brokerage.Commands;

/// <summary><c>meic broker services list</c>.</summary>
internal static class ServicesListCommand
{
    public static Command Create(IMeicContext ctx, Strings s)
    {
        var actor = new Option<string?>("--actor") { Description = s["opt.actor"] };
        var area = new Option<string?>("--area") { Description = s["opt.area"] };
        var all = new Option<bool>("--all") { Description = s["opt.all"] };
        var command = new Command("list", s["cmd.services.list"]) { actor, area, all };
        command.SetAction(p =>
        {
            var directory = new ServiceDirectory(ctx.Store, BrokeragePlugin.Strings(ctx));
            var actorId = p.GetValue(actor) is { } a ? directory.RequireActor(a, "--actor").Id : null;
            Show(ctx, s, directory.Search(area: p.GetValue(area), actorId: actorId, includeInactive: p.GetValue(all)));
            return 0;
        });
        return command;
    }

    internal static void Show(IMeicContext ctx, Strings s, IReadOnlyList<Service> services)
    {
        if (ctx.Json) { ctx.WriteJson(services); return; }
        if (services.Count == 0) { Output.Line(ctx, s["services.none"]); return; }
        var actors = new ServiceDirectory(ctx.Store, BrokeragePlugin.Strings(ctx)).Actors.All().ToDictionary(a => a.Id, a => a.Name);
        var k = new Screens.ScreenKit(ctx);
        var areas = k.Areas();
        Output.Table(ctx, [s["col.id"], s["col.service"], s["col.actor"], s["col.area"], s["col.district"], s["col.for"], s["col.languages"], s["col.capacity"]],
            services.Select(x => new[]
            {
                x.Id, x.Name + (x.Status == "active" ? "" : $" ({k.Label(BrokerVocabularies.ServiceStatus, x.Status)})"), actors.GetValueOrDefault(x.ActorId, x.ActorId),
                k.AreaLabel(x.Area, areas), x.District ?? "*",
                Output.Join(x.ForWhom), Output.Join(x.Languages), x.Capacity?.ToString() ?? "",
            }));
        Output.Line(ctx, s["services.count", services.Count]);
    }
}
