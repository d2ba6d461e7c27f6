using System.CommandLine;
using Meic.Mapping.Domain;
using Meic.Mapping.Model;
using Meic.Sdk.Errors;
using Meic.Sdk.Plugins;

namespace Meic.Mapping.Commands;

/// <summary><c>meic map waves add|list|compare</c>: dated survey rounds, and how the network changed between two.</summary>
internal static class WavesCommand
{
    public static Command Create(IMeicContext ctx)
    {
        var text = MappingPlugin.Text(ctx);
        var id = new Argument<string>("WAVE") { Description = text["arg.wave"] };
        var date = new Option<string>("--date") { Required = true, Description = text["opt.waveDate"] };
        var label = new Option<string?>("--label") { Description = text["opt.waveLabel"] };
        var add = new Command("add", text["cmd.waves.add"]) { id, date, label };
        add.SetAction(p =>
        {
            var data = MapData.From(ctx);
            var day = TieImporter.Day(p.GetValue(date)!, "--date")!.Value;
            if (data.Waves.Get(p.GetValue(id)!) is not null) throw new InputException(text["err.waveExists", p.GetValue(id)], "WAVE");
            var w = data.Waves.Insert(new Wave { Id = p.GetValue(id)!, Date = day, Label = p.GetValue(label) ?? p.GetValue(id)! });
            if (ctx.Json) ctx.WriteJson(w); else Shared.Line(ctx, text["waves.added", w.Id, w.Date.ToString("yyyy-MM-dd")]);
            return 0;
        });
        var list = new Command("list", text["cmd.waves.list"]);
        list.SetAction(_ =>
        {
            var data = MapData.From(ctx);
            var ties = data.Ties.All();
            var rows = data.Waves.All().OrderBy(w => w.Date).Select(w => new { w.Id, w.Label, date = w.Date.ToString("yyyy-MM-dd"), ties = ties.Count(t => t.Wave == w.Id) }).ToList();
            if (ctx.Json) ctx.WriteJson(rows);
            else foreach (var r in rows) Shared.Line(ctx, text["waves.line", r.Id, r.date, r.Label, r.ties]);
            return 0;
        });
        var a = new Argument<string>("FROM") { Description = text["arg.waveFrom"] };
        var b = new Argument<string>("TO") { Description = text["arg.waveTo"] };
        var compare = new Command("compare", text["cmd.waves.compare"]) { a, b };
        compare.SetAction(p =>
        {
            var data = MapData.From(ctx);
            var c = WaveComparison.Of(data.Actors.All(), data.Ties.All(), p.GetValue(a)!, p.GetValue(b)!);
            var (m1, m2) = (c.From, c.To);
            var result = new { from = m1, to = m2, gained = c.Gained, lost = c.Lost, kept = c.Kept };
            if (ctx.Json) { ctx.WriteJson(result); return 0; }
            Shared.Line(ctx, text["waves.compare1", m1.Ties, m2.Ties, result.gained.Count, result.lost.Count, result.kept]);
            Shared.Line(ctx, text["waves.compare2", m1.Density.ToString("0.####"), m2.Density.ToString("0.####"), m1.DegreeCentralisation.ToString("0.####"), m2.DegreeCentralisation.ToString("0.####"), m1.Components, m2.Components]);
            return 0;
        });
        return new Command("waves", text["cmd.waves"]) { add, list, compare };
    }
}
