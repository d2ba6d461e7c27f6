using System.CommandLine;
using Meic.Mapping.Domain;
using Meic.Sdk.Model;
using Meic.Sdk.Plugins;
using Meic.Sdk.Text;

namespace Meic.Mapping.Commands;

internal static class ActorListCommand
{
    public static Command Create(IMeicContext ctx)
    {
        var text = MappingPlugin.Text(ctx);
        var sector = new Option<string?>("--sector") { Description = text["opt.filter.sector"] };
        var area = new Option<string?>("--area") { Description = text["opt.filter.area"] };
        var district = new Option<string?>("--district") { Description = text["opt.filter.district"] };
        var stage = new Option<string?>("--stage") { Description = text["opt.filter.stage"] };
        var network = new Option<string?>("--network") { Description = text["opt.filter.network"] };
        var cmd = new Command("list", text["cmd.actors.list"]) { sector, area, district, stage, network };
        cmd.SetAction(p =>
        {
            var data = MapData.From(ctx);
            var v = new Vocabulary(data.Cluster, data.Text);
            IEnumerable<Actor> q = data.Actors.All();
            if (p.GetValue(sector) is { } s) { var x = Vocabulary.Parse<Sector>(s, "--sector", ctx.Language); q = q.Where(a => a.Sector == x); }
            if (p.GetValue(area) is { } ar) { var x = v.Area(ar, "--area"); q = q.Where(a => a.Areas.Contains(x)); }
            if (p.GetValue(district) is { } d) { var x = v.District(d, "--district"); q = q.Where(a => a.District == x); }
            if (p.GetValue(stage) is { } st) { var x = Vocabulary.Parse<EngagementStage>(st, "--stage", ctx.Language); q = q.Where(a => a.Stage == x); }
            if (p.GetValue(network) is { } n) { var x = Vocabulary.Parse<NetworkKind>(n, "--network", ctx.Language); q = q.Where(a => a.NetworkKind == x); }
            var list = q.OrderBy(a => a.Name, StringComparer.CurrentCultureIgnoreCase).ToList();
            if (ctx.Json) { ctx.WriteJson(list.Select(a => Shared.ActorView(a))); return 0; }
            if (list.Count == 0) { Shared.Line(ctx, text["actors.none"]); return 0; }
            var t = Shared.NewTable(text["col.id"], text["col.name"], text["col.sector"], text["col.areas"], text["col.district"], text["col.stage"], text["col.network"]);
            foreach (var a in list)
                Shared.Row(t, a.Id, a.Name, ctx.Vocabularies.Label(a.Sector, ctx.Language), string.Join(", ", a.Areas.Select(x => v.AreaLabel(x, ctx.Language))), a.District,
                    ctx.Vocabularies.Label(a.Stage, ctx.Language), a.NetworkKind is { } k ? ctx.Vocabularies.Label(k, ctx.Language) : "");
            ctx.Console.Write(t);
            Shared.Line(ctx, text.Plural("actors.count", list.Count));
            return 0;
        });
        return cmd;
    }
}
