using System.CommandLine;
using System.Globalization;
using Meic.Monitoring.Compute;
using Meic.Monitoring.Model;
using Meic.Sdk.Errors;
using Meic.Sdk.Plugins;
using Meic.Sdk.Tables;
using Meic.Sdk.Text;
using Spectre.Console;

namespace Meic.Monitoring.Commands;

/// <summary>Imports entered values from CSV: every row is checked first; one bad row and nothing is written.</summary>
internal static class ValuesImportCommand
{
    public static Command Create(IMeicContext ctx, Strings s)
    {
        var file = new Argument<string>("FILE") { Description = s["opt.valuesFile"] };
        var command = new Command("import", s["cmd.values.import"]) { file };
        command.SetAction(parse =>
        {
            var path = Path.GetFullPath(parse.GetValue(file)!);
            var inputs = Read(ctx, path, s);
            var entry = new ValueEntry(ctx.Store);
            var docs = inputs.Select(x => entry.Check(x.Input, ctx.User, ctx.Clock.Now, x.Where)).ToList();
            var duplicate = docs.GroupBy(d => d.Id).FirstOrDefault(g => g.Count() > 1);
            if (duplicate is not null)
                throw new InputException(s["refuse.duplicateRow", duplicate.First().IndicatorCode, duplicate.First().Period], path);
            var warnings = entry.Write(docs);
            if (!ctx.Json) foreach (var w in warnings) ctx.Console.Write(new Text(w.In(s) + "\n", new Style(Color.Yellow)));
            if (ctx.Json) ctx.WriteJson(new { imported = docs.Count, warnings = warnings.Select(w => w.In(s)) });
            else ctx.Console.Write(new Text(s["imported.values", docs.Count] + "\n"));
            return 0;
        });
        return command;
    }

    /// <summary>The fields of a values sheet, with the column names people use in Italian, Spanish and English.</summary>
    internal static TableSchema Schema(Strings s) => new(s["import.what.values"],
    [
        new TableField("code", true, "codice", "código", "codigo", "indicatore", "indicador", "indicator"),
        new TableField("period", true, "periodo", "período"),
        new TableField("value", false, "valore", "valor"),
        new TableField("numerator", false, "numeratore", "numerador"),
        new TableField("denominator", false, "denominatore", "denominador"),
        new TableField("actor", false, "partner", "attore", "ente", "socio", "entidad"),
        new TableField("disaggregation", false, "disaggregazione", "desagregación", "desagregacion"),
        new TableField("note", false, "nota", "notes", "notas"),
    ]);

    // Through the SDK's one table reader: encoding, separator and quotes checked, every column mapped or refused.
    private static List<(ValueInput Input, string Where)> Read(IMeicContext ctx, string path, Strings s)
    {
        var table = TableReader.Read(path, ctx.Language);
        var columns = ColumnMapping.Resolve(table, Schema(s), [], [], ctx.Language);
        var list = new List<(ValueInput, string)>();
        foreach (var row in table.Rows)
        {
            var where = table.Where(row.Line);
            string? Cell(string name) => columns.Get(row, name) is { Length: > 0 } v ? v : null;
            // 4,5 as an Italian or Spanish sheet writes it, or 4.5; refused naming the file's own column
            double? Num(string name) => Cell(name) is not { } t ? null
                : Numbers.TryParse(t, out var d) ? (double)d
                : throw new InputException(s["refuse.numberIn", columns.Columns.First(c => c.Field == name).Header, TableText.Excerpt(t)], where);
            var disagg = Ui.Pairs(Cell("disaggregation")?.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), where, s);
            list.Add((new ValueInput(Cell("code") ?? throw new InputException(s["refuse.emptyCode"], where), Cell("period") ?? throw new InputException(s["refuse.emptyPeriod"], where),
                Num("value"), Num("numerator"), Num("denominator"), Cell("actor"), disagg, Cell("note")), where));
        }
        return list;
    }
}
