using System.CommandLine;
using Meic.Monitoring.Compute;
using Meic.Monitoring.Periods;
using Meic.Sdk.Plugins;
using Meic.Sdk.Text;
using Spectre.Console;

namespace Meic.Monitoring.Commands;

internal static class ComputeCommand
{
    public static Command Create(IMeicContext ctx, Strings s)
    {
        var from = new Option<string?>("--from") { Description = s["opt.from"] };
        var to = new Option<string?>("--to") { Description = s["opt.to"] };
        var period = new Option<string?>("--period") { Description = s["opt.periodInstead"] };
        var series = new Option<string?>("--series") { Description = s["opt.series"] };
        var code = new Option<string[]>("--code") { Description = s["opt.codes"] };
        var command = new Command("compute", s["cmd.compute"]) { from, to, period, series, code };
        command.SetAction(parse =>
        {
            var range = Ui.Range(ctx, parse.GetValue(from), parse.GetValue(to), parse.GetValue(period), s);
            var engine = Ui.Engine(ctx);
            var codes = parse.GetValue(code) ?? [];
            var catalogue = engine.Catalogue().Where(i => codes.Length == 0 || codes.Contains(i.Code, StringComparer.OrdinalIgnoreCase)).ToList();
            foreach (var c in codes) IndicatorsShowCommand.Find(ctx, c);
            if (parse.GetValue(series) is { } kind)
            {
                Period.CheckKind(kind, s);
                var points = engine.Series(range, kind, catalogue);
                if (ctx.Json)
                {
                    ctx.WriteJson(new { range = range.ToString(), series = kind, periods = points.Select(p => new
                    {
                        period = p.Period.Code,
                        values = p.Results.ToDictionary(r => r.Indicator.Code, r => r.Measure.Value),
                    }) });
                    return 0;
                }
                var table = new Table().AddColumn(s["col.code"]);
                foreach (var p in points) table.AddColumn(new TableColumn(p.Period.Code).RightAligned());
                table.AddColumn(s["col.trend"]);
                foreach (var ind in catalogue.OrderBy(i => i.Code, StringComparer.Ordinal))
                {
                    var vals = points.Select(p => p.Results.First(r => r.Indicator.Code == ind.Code).Measure.Value).ToList();
                    table.AddRow(vals.Select(v => (Spectre.Console.Rendering.IRenderable)new Text(Ui.Number(v, s)))
                        .Prepend(new Text(ind.Code)).Append(new Text(Ui.Sparkline(vals))).ToArray());
                }
                ctx.Console.Write(table);
                return 0;
            }
            var results = engine.Compute(range, catalogue);
            if (ctx.Json) { ctx.WriteJson(new { range = range.ToString(), results = results.Select(r => ResultView.From(r, ctx.Language)) }); return 0; }
            ctx.Console.Write(new Text(range + "\n"));
            var t = new Table().AddColumns(s["col.code"], s["col.name"]).AddColumn(new TableColumn(s["col.value"]).RightAligned())
                .AddColumn(new TableColumn(s["col.target"]).RightAligned()).AddColumn(s["col.status"]);
            foreach (var r in results)
                t.AddRow(new Text(r.Indicator.Code), new Text(r.Indicator.Name.For(ctx.Language)), new Text(Ui.Number(r.Measure.Value, s)),
                    new Text(r.Target is null ? "" : Ui.Number(r.Target, s)), new Text(Ui.Status(r.Status, s)));
            ctx.Console.Write(t);
            foreach (var note in results.SelectMany(r => r.Measure.Notes).Where(n => n.Warning))
                ctx.Console.Write(new Text(note.In(s) + "\n", new Style(Color.Yellow)));
            return 0;
        });
        return command;
    }
}
