using System.CommandLine;
using Meic.Mapping.Domain;
using Meic.Mapping.Io;
using Meic.Mapping.Model;
using Meic.Sdk.Errors;
using Meic.Sdk.Plugins;
using Meic.Sdk.Text;

namespace Meic.Mapping.Commands;

/// <summary><c>meic map context population|needs add|list|import</c>: the context analysis (aggregated figures, never individuals).</summary>
internal static class ContextCommand
{
    public static Command Create(IMeicContext ctx) => new("context", MappingPlugin.Text(ctx)["cmd.context"])
    {
        Population(ctx), Needs(ctx),
    };

    private static Command Population(IMeicContext ctx)
    {
        var text = MappingPlugin.Text(ctx);
        var dimension = new Option<string>("--dimension") { Required = true, Description = text["opt.dimension", ContextImporter.DimensionChoices(text)] };
        var category = new Option<string>("--category") { Required = true, Description = text["opt.category"] };
        var count = new Option<long>("--count") { Required = true, Description = text["opt.count"] };
        var district = new Option<string?>("--district") { Description = text["opt.district"] };
        var year = new Option<int?>("--year") { Description = text["opt.year"] };
        var source = new Option<string>("--source") { Required = true, Description = text["opt.figureSource"] };
        var add = new Command("add", text["cmd.population.add"]) { dimension, category, count, district, year, source };
        add.SetAction(p =>
        {
            var data = MapData.From(ctx);
            if (p.GetValue(count) < 0) throw new InputException(text["err.count"], "--count");
            var f = data.Population.Insert(new PopulationFigure
            {
                Dimension = ContextImporter.Dimension(p.GetValue(dimension)!, "--dimension", text), Category = p.GetValue(category)!, Count = p.GetValue(count),
                District = new Vocabulary(data.Cluster, data.Text).District(p.GetValue(district), "--district"), Year = p.GetValue(year), Source = p.GetValue(source)!,
            });
            if (ctx.Json) ctx.WriteJson(f); else Shared.Line(ctx, $"{ContextImporter.DimensionLabel(f.Dimension, text)} {f.Category}: {f.Count} [{f.Id}]");
            return 0;
        });
        var list = new Command("list", text["cmd.population.list"]);
        list.SetAction(_ =>
        {
            var all = MapData.From(ctx).Population.All().OrderBy(f => f.Dimension).ThenByDescending(f => f.Count).ToList();
            if (ctx.Json) ctx.WriteJson(all);
            else foreach (var f in all) Shared.Line(ctx, $"{ContextImporter.DimensionLabel(f.Dimension, text),-12} {f.Category,-30} {f.Count,10} {f.District} {f.Year} {f.Source}");
            return 0;
        });
        return new Command("population", text["cmd.population"]) { add, list, Import(ctx, "population") };
    }

    private static Command Needs(IMeicContext ctx)
    {
        var text = MappingPlugin.Text(ctx);
        var area = new Option<string>("--area") { Required = true, Description = text["opt.needArea"] };
        var description = new Option<string>("--description") { Required = true, Description = text["opt.description"] };
        var source = new Option<string>("--source") { Required = true, Description = text["opt.needSource", ContextImporter.NeedSourceChoices(text)] };
        var date = new Option<string?>("--date") { Description = text["opt.date"] };
        var district = new Option<string?>("--district") { Description = text["opt.district"] };
        var forWhom = new Option<string?>("--for") { Description = text["opt.for"] };
        var keywords = new Option<string?>("--keywords") { Description = text["opt.keywords"] };
        var add = new Command("add", text["cmd.needs.add"]) { area, description, source, date, district, forWhom, keywords };
        add.SetAction(p =>
        {
            var data = MapData.From(ctx);
            var v = new Vocabulary(data.Cluster, data.Text);
            var n = data.Needs.Insert(new Need
            {
                Area = v.Area(p.GetValue(area)!, "--area"), Description = p.GetValue(description)!, Source = ContextImporter.NeedSource(p.GetValue(source)!, "--source", text),
                Date = TieImporter.Day(p.GetValue(date) ?? "", "--date"), District = v.District(p.GetValue(district), "--district"),
                ForWhom = Vocabulary.Split(p.GetValue(forWhom)), Keywords = Vocabulary.Split(p.GetValue(keywords)),
            });
            if (ctx.Json) ctx.WriteJson(n); else Shared.Line(ctx, text["context.need", n.Id, n.Area, n.Description]);
            return 0;
        });
        var list = new Command("list", text["cmd.needs.list"]);
        list.SetAction(_ =>
        {
            var all = MapData.From(ctx).Needs.All().OrderBy(n => n.Area).ToList();
            if (ctx.Json) ctx.WriteJson(all);
            else foreach (var n in all) Shared.Line(ctx, $"{n.Area,-14} {n.Description} [{ContextImporter.NeedSourceLabel(n.Source, text)}{(n.Date is { } d ? " " + Dates.FormatShort(d, ctx.Language) : "")}]");
            return 0;
        });
        return new Command("needs", text["cmd.needs"]) { add, list, Import(ctx, "needs") };
    }

    private static Command Import(IMeicContext ctx, string what)
    {
        var text = MappingPlugin.Text(ctx);
        var file = new Argument<string>("FILE") { Description = text["arg.file"] };
        var dry = new Option<bool>("--dry-run") { Description = text["opt.contextDryRun"] };
        var map = new Option<string[]>("--map") { Description = text["opt.map"] };
        var ignore = new Option<string[]>("--ignore") { Description = text["opt.ignore"] };
        var separator = new Option<string?>("--separator") { Description = text["opt.separator"] };
        var cmd = new Command("import", text["cmd.import." + what]) { file, dry, map, ignore, separator };
        cmd.SetAction(p =>
        {
            var data = MapData.From(ctx);
            var path = p.GetValue(file)!;
            var table = ImportCommand.Read(ctx, path, p.GetValue(separator));
            var schema = what == "population" ? ImportSchemas.Population(text["import.what.population"]) : ImportSchemas.Needs(text["import.what.needs"]);
            var columns = Meic.Sdk.Tables.ColumnMapping.Resolve(table, schema, p.GetValue(map) ?? [], p.GetValue(ignore) ?? [], ctx.Language);
            var v = new Vocabulary(data.Cluster, data.Text);
            var count = 0;
            if (what == "population")
            {
                var rows = ContextImporter.Population(table, columns, v); count = rows.Count;
                if (!p.GetValue(dry)) { using var tx = data.Store.BeginTransaction(); foreach (var r in rows) data.Population.Insert(r); tx.Commit(); }
            }
            else
            {
                var rows = ContextImporter.Needs(table, columns, v); count = rows.Count;
                if (!p.GetValue(dry)) { using var tx = data.Store.BeginTransaction(); foreach (var r in rows) data.Needs.Insert(r); tx.Commit(); }
            }
            if (ctx.Json) ctx.WriteJson(new { file = path, encoding = table.Encoding, rows = count, written = !p.GetValue(dry) });
            else Shared.Line(ctx, text["context.imported." + what, Path.GetFileName(path), count, table.Encoding, p.GetValue(dry) ? text["context.dryrun"] : text["context.written"]]);
            return 0;
        });
        return cmd;
    }
}
