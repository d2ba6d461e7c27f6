using System.CommandLine;
using Meic.Mapping.Domain;
using Meic.Sdk.Plugins;
using Spectre.Console;

namespace Meic.Mapping.Commands;

/// <summary><c>meic map coverage</c>: the "matrix management model" made visible.</summary>
internal static class CoverageCommand
{
    public static Command Create(IMeicContext ctx)
    {
        var text = MappingPlugin.Text(ctx);
        var threshold = new Option<int>("--duplicates-from") { Description = text["opt.duplicatesFrom"], DefaultValueFactory = _ => 2 };
        var cmd = new Command("coverage", text["cmd.coverage"]) { threshold };
        cmd.SetAction(p =>
        {
            var data = MapData.From(ctx);
            var cluster = data.Cluster;
            var actors = data.Actors.All();
            var report = CoverageCalculator.Compute(cluster, actors, data.Needs.All(), data.Population.All(), p.GetValue(threshold));
            var names = actors.ToDictionary(a => a.Id, a => a.Name, StringComparer.Ordinal);
            if (ctx.Json) { ctx.WriteJson(report); return 0; }
            var v = new Vocabulary(cluster, data.Text);
            ctx.Console.Write(new Rule(text["coverage.title"]));
            var t = Shared.NewTable(new[] { text["col.area"] }.Concat(report.Sectors.Select((_, i) => $"[{i + 1}]")).Concat(new[] { text["col.total"], text["col.reference"] }).ToArray());
            foreach (var area in report.Areas)
            {
                var row = new List<string?> { v.AreaLabel(area, ctx.Language) };
                foreach (var s in report.Sectors)
                {
                    var c = report.Cells.First(x => x.Area == area && x.Sector == s);
                    row.Add(c.Actors == 0 ? "·" : $"{c.Actors}/{c.Active}");
                }
                var r = report.Reference.First(x => x.Area == area);
                row.Add($"{r.Actors}/{r.Active}");
                row.Add(r.MappedReference is { } m ? m + (r.Note is null ? "" : $" ({r.Note})") : "");
                Shared.Row(t, row.ToArray());
            }
            ctx.Console.Write(t);
            // The sectors by number, in words: seven names as headers do not fit a laptop's 80 columns.
            Shared.Line(ctx, string.Join(" · ", report.Sectors.Select((s, i) => $"[{i + 1}] {ctx.Vocabularies.Label("sector", s, ctx.Language)}")));
            Section(ctx, text["coverage.noActive"], report.AreasWithoutActivePartner.Select(a => v.AreaLabel(a, ctx.Language)), text["coverage.none"]);
            Section(ctx, text["coverage.noDistrict"], report.DistrictsWithoutActivePartner, text["coverage.none"]);
            Section(ctx, text["coverage.duplication"], report.Duplications.Select(d => $"{d.Service} — {(d.Area is null ? "" : v.AreaLabel(d.Area, ctx.Language))} {d.District}: {string.Join(", ", d.Actors.Select(a => names.GetValueOrDefault(a, a)))}"), text["coverage.none"]);
            Section(ctx, text["coverage.gaps"], report.Gaps.Select(g => $"{v.AreaLabel(g.Area, ctx.Language)}{(g.District is null ? "" : " / " + g.District)}: {g.Description} [{ContextImporter.NeedSourceLabel(g.Source, text)}]"), text["coverage.none"]);
            if (report.Population.Count > 0)
                Section(ctx, text["coverage.population"], report.Population.Select(f => text["coverage.figure", ContextImporter.DimensionLabel(f.Dimension, text), f.Category, f.Count.ToString(), f.District is null ? "" : text["coverage.inDistrict", f.District], f.Source, f.Year?.ToString()]), "");
            return 0;
        });
        return cmd;
    }

    private static void Section(IMeicContext ctx, string title, IEnumerable<string> lines, string none)
    {
        var list = lines.ToList();
        ctx.Console.Write(new Rule(Markup.Escape(title)) { Justification = Justify.Left });
        if (list.Count == 0) Shared.Line(ctx, "  " + none);
        foreach (var l in list) Shared.Line(ctx, "  " + l);
    }
}
