using System.CommandLine;
using Meic.Mapping.Domain;
using Meic.Mapping.Model;
using Meic.Sdk.Errors;
using Meic.Sdk.Plugins;
using Meic.Sdk.Text;

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
        var note = new Option<string?>("--note") { Description = text["opt.waveNote"] };
        var add = new Command("add", text["cmd.waves.add"]) { id, date, label, note };
        add.SetAction(p =>
        {
            var day = TieImporter.Day(p.GetValue(date)!, "--date", ctx.Language)!.Value;
            var w = new WaveBook(MapData.From(ctx)).Add(p.GetValue(id)!, day, p.GetValue(label), p.GetValue(note));
            if (ctx.Json) ctx.WriteJson(w); else Shared.Line(ctx, text["waves.added", w.Id, w.Date.ToString("yyyy-MM-dd")]);
            return 0;
        });
        var list = new Command("list", text["cmd.waves.list"]);
        list.SetAction(_ =>
        {
            var rows = new WaveBook(MapData.From(ctx)).List()
                .Select(e => new { e.Wave.Id, e.Wave.Label, date = e.Wave.Date.ToString("yyyy-MM-dd"), actors = e.Actors, ties = e.Ties, note = e.Wave.Note }).ToList();
            if (ctx.Json) ctx.WriteJson(rows);
            else foreach (var r in rows) Shared.Line(ctx, text["waves.line", r.Id, Dates.FormatShort(DateOnly.ParseExact(r.date, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), ctx.Language), r.Label,
                text.Plural("ties.count", r.ties), text.Plural("ui.waves.actorsCount", r.actors)]);
            return 0;
        });
        var a = new Argument<string>("FROM") { Description = text["arg.waveFrom"] };
        var b = new Argument<string>("TO") { Description = text["arg.waveTo"] };
        var compare = new Command("compare", text["cmd.waves.compare"]) { a, b };
        compare.SetAction(p =>
        {
            var c = new WaveBook(MapData.From(ctx)).Compare(p.GetValue(a)!, p.GetValue(b)!);
            var (m1, m2) = (c.From, c.To);
            var result = new { from = m1, to = m2, gained = c.Gained, lost = c.Lost, kept = c.Kept, joined = c.Joined, left = c.Left, isolated = new { from = c.Isolated.From, to = c.Isolated.To } };
            if (ctx.Json) { ctx.WriteJson(result); return 0; }
            Shared.Line(ctx, text["waves.compare1", m1.Ties, m2.Ties, result.gained.Count, result.lost.Count, result.kept]);
            Shared.Line(ctx, text["waves.compare2", m1.Density.ToString("0.####"), m2.Density.ToString("0.####"), m1.DegreeCentralisation.ToString("0.####"), m2.DegreeCentralisation.ToString("0.####"), m1.Components, m2.Components]);
            return 0;
        });
        return new Command("waves", text["cmd.waves"]) { add, list, compare };
    }
}
