using System.CommandLine;
using Meic.Mapping.Domain;
using Meic.Sdk.Plugins;
using Meic.Sdk.Text;

namespace Meic.Mapping.Commands;

internal static class TieListCommand
{
    public static Command Create(IMeicContext ctx)
    {
        var text = MappingPlugin.Text(ctx);
        var actor = new Option<string?>("--actor") { Description = text["opt.tieActor"] };
        var wave = new Option<string?>("--wave") { Description = text["opt.waveTies"] };
        var cmd = new Command("list", text["cmd.ties.list"]) { actor, wave };
        cmd.SetAction(p =>
        {
            var data = MapData.From(ctx);
            var names = data.Actors.All().ToDictionary(a => a.Id, a => a.Name);
            var ties = data.Ties.All().AsEnumerable();
            if (p.GetValue(actor) is { } a) { var id = data.Find(a, "--actor").Id; ties = ties.Where(t => t.Source == id || t.Target == id); }
            if (p.GetValue(wave) is { } w) ties = ties.Where(t => t.Wave == w);
            var list = ties.ToList();
            if (ctx.Json) { ctx.WriteJson(list); return 0; }
            var table = Shared.NewTable(text["col.id"], text["col.source"], "", text["col.target"], text["col.kind"], text["col.intensity"], text["col.trust"], text["col.value"], text["col.wave"]);
            foreach (var t in list)
                Shared.Row(table, t.Id, names.GetValueOrDefault(t.Source, t.Source), t.Directed ? "→" : "—", names.GetValueOrDefault(t.Target, t.Target),
                    ctx.Vocabularies.Label(t.Kind, ctx.Language), ctx.Vocabularies.Label(t.Intensity, ctx.Language), t.Trust?.ToString(), t.Value?.ToString(), t.Wave);
            ctx.Console.Write(table);
            Shared.Line(ctx, text.Plural("ties.count", list.Count));
            return 0;
        });
        return cmd;
    }
}
