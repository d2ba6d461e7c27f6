using System.CommandLine;
using Meic.Mapping.Domain;
using Meic.Mapping.Io;
using Meic.Mapping.Model;
using Meic.Sdk.Errors;
using Meic.Sdk.Plugins;

namespace Meic.Mapping.Commands;

/// <summary><c>meic map context population|needs add|list|import</c>: the context analysis (aggregated figures, never individuals).</summary>
internal static class ContextCommand
{
    public static Command Create(IMeicContext ctx) => new("context", "The context analysis: population figures and needs by thematic area")
    {
        Population(ctx), Needs(ctx),
    };

    private static Command Population(IMeicContext ctx)
    {
        var dimension = new Option<string>("--dimension") { Required = true, Description = string.Join(", ", ContextImporter.Dimensions) };
        var category = new Option<string>("--category") { Required = true };
        var count = new Option<long>("--count") { Required = true };
        var district = new Option<string?>("--district");
        var year = new Option<int?>("--year");
        var source = new Option<string>("--source") { Required = true };
        var add = new Command("add", "Record an aggregated population figure") { dimension, category, count, district, year, source };
        add.SetAction(p =>
        {
            var data = MapData.From(ctx);
            if (p.GetValue(count) < 0) throw new InputException("expected a count ≥ 0.", "--count");
            var f = data.Population.Insert(new PopulationFigure
            {
                Dimension = ContextImporter.Dimension(p.GetValue(dimension)!, "--dimension"), Category = p.GetValue(category)!, Count = p.GetValue(count),
                District = new Vocabulary(data.Cluster).District(p.GetValue(district), "--district"), Year = p.GetValue(year), Source = p.GetValue(source)!,
            });
            if (ctx.Json) ctx.WriteJson(f); else Shared.Line(ctx, $"{f.Dimension} {f.Category}: {f.Count} [{f.Id}]");
            return 0;
        });
        var list = new Command("list", "List population figures");
        list.SetAction(_ =>
        {
            var all = MapData.From(ctx).Population.All().OrderBy(f => f.Dimension).ThenByDescending(f => f.Count).ToList();
            if (ctx.Json) ctx.WriteJson(all);
            else foreach (var f in all) Shared.Line(ctx, $"{f.Dimension,-12} {f.Category,-30} {f.Count,10} {f.District} {f.Year} {f.Source}");
            return 0;
        });
        return new Command("population", "Target population figures") { add, list, Import(ctx, "population") };
    }

    private static Command Needs(IMeicContext ctx)
    {
        var area = new Option<string>("--area") { Required = true };
        var description = new Option<string>("--description") { Required = true };
        var source = new Option<string>("--source") { Required = true, Description = string.Join(", ", ContextImporter.NeedSources) };
        var date = new Option<string?>("--date");
        var district = new Option<string?>("--district");
        var forWhom = new Option<string?>("--for");
        var keywords = new Option<string?>("--keywords") { Description = "Words a service must mention to answer the need" };
        var add = new Command("add", "Record a need by thematic area") { area, description, source, date, district, forWhom, keywords };
        add.SetAction(p =>
        {
            var data = MapData.From(ctx);
            var v = new Vocabulary(data.Cluster);
            var n = data.Needs.Insert(new Need
            {
                Area = v.Area(p.GetValue(area)!, "--area"), Description = p.GetValue(description)!, Source = ContextImporter.NeedSource(p.GetValue(source)!, "--source"),
                Date = TieImporter.Day(p.GetValue(date) ?? "", "--date"), District = v.District(p.GetValue(district), "--district"),
                ForWhom = Vocabulary.Split(p.GetValue(forWhom)), Keywords = Vocabulary.Split(p.GetValue(keywords)),
            });
            if (ctx.Json) ctx.WriteJson(n); else Shared.Line(ctx, $"need {n.Id}: {n.Area} — {n.Description}");
            return 0;
        });
        var list = new Command("list", "List needs");
        list.SetAction(_ =>
        {
            var all = MapData.From(ctx).Needs.All().OrderBy(n => n.Area).ToList();
            if (ctx.Json) ctx.WriteJson(all);
            else foreach (var n in all) Shared.Line(ctx, $"{n.Area,-14} {n.Description} [{n.Source}{(n.Date is { } d ? " " + d.ToString("yyyy-MM-dd") : "")}]");
            return 0;
        });
        return new Command("needs", "Needs by thematic area, with their source") { add, list, Import(ctx, "needs") };
    }

    private static Command Import(IMeicContext ctx, string what)
    {
        var file = new Argument<string>("FILE");
        var dry = new Option<bool>("--dry-run");
        var cmd = new Command("import", $"Import {what} from CSV or .xlsx (all rows valid or nothing written)") { file, dry };
        cmd.SetAction(p =>
        {
            var data = MapData.From(ctx);
            var path = p.GetValue(file)!;
            var table = TableReader.Read(path);
            var v = new Vocabulary(data.Cluster);
            var count = 0;
            if (what == "population")
            {
                var rows = ContextImporter.Population(table, path, v); count = rows.Count;
                if (!p.GetValue(dry)) { using var tx = data.Store.BeginTransaction(); foreach (var r in rows) data.Population.Insert(r); tx.Commit(); }
            }
            else
            {
                var rows = ContextImporter.Needs(table, path, v); count = rows.Count;
                if (!p.GetValue(dry)) { using var tx = data.Store.BeginTransaction(); foreach (var r in rows) data.Needs.Insert(r); tx.Commit(); }
            }
            if (ctx.Json) ctx.WriteJson(new { file = path, encoding = table.Encoding, rows = count, written = !p.GetValue(dry) });
            else Shared.Line(ctx, $"{Path.GetFileName(path)}: {count} {what} rows (read as {table.Encoding}){(p.GetValue(dry) ? "; dry run, nothing written" : "; written")}.");
            return 0;
        });
        return cmd;
    }
}
