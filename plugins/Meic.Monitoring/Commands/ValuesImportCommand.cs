using System.CommandLine;
using System.Globalization;
using Meic.Monitoring.Compute;
using Meic.Monitoring.Model;
using Meic.Sdk.Errors;
using Meic.Sdk.Plugins;
using Meic.Sdk.Text;
using Spectre.Console;

namespace Meic.Monitoring.Commands;

/// <summary>Imports entered values from CSV: every row is checked first; one bad row and nothing is written.</summary>
internal static class ValuesImportCommand
{
    public static Command Create(IMeicContext ctx, Strings s)
    {
        var file = new Argument<string>("FILE") { Description = "CSV with a header: code,period,value[,numerator,denominator,actor,disaggregation,note]; disaggregation as sex=female;age=18-24" };
        var command = new Command("import", s["cmd.values.import"]) { file };
        command.SetAction(parse =>
        {
            var path = Path.GetFullPath(parse.GetValue(file)!);
            var inputs = Read(path);
            var entry = new ValueEntry(ctx.Store);
            var docs = inputs.Select(x => entry.Check(x.Input, ctx.User, ctx.Clock.Now, x.Where)).ToList();
            var duplicate = docs.GroupBy(d => d.Id).FirstOrDefault(g => g.Count() > 1);
            if (duplicate is not null)
                throw new InputException($"two rows give {duplicate.First().IndicatorCode} for {duplicate.First().Period} with the same partner and disaggregation.", path);
            var warnings = entry.Write(docs);
            if (!ctx.Json) foreach (var w in warnings) ctx.Console.Write(new Text(w + "\n", new Style(Color.Yellow)));
            if (ctx.Json) ctx.WriteJson(new { imported = docs.Count, warnings });
            else ctx.Console.Write(new Text(s["imported.values", docs.Count] + "\n"));
            return 0;
        });
        return command;
    }

    private static List<(ValueInput Input, string Where)> Read(string path)
    {
        if (!File.Exists(path)) throw new InputException("file not found.", path);
        var text = Meic.Sdk.Files.LimitedText.ReadAllText(path);
        var lines = text.Length == 0 ? [] : text.TrimEnd('\n').Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        if (lines.Length == 0) throw new InputException("the file is empty.", path);
        var header = CsvLine.Split(lines[0]).Select(h => h.Trim().ToLowerInvariant()).ToList();
        foreach (var required in new[] { "code", "period" })
            if (!header.Contains(required)) throw new InputException($"the header needs a '{required}' column.", $"{path}:1");
        var list = new List<(ValueInput, string)>();
        for (var i = 1; i < lines.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i])) continue;
            var where = $"{path}:{i + 1}";
            var cells = CsvLine.Split(lines[i]);
            string? Cell(string name) { var k = header.IndexOf(name); return k >= 0 && k < cells.Count && cells[k].Trim().Length > 0 ? cells[k].Trim() : null; }
            double? Num(string name) => Cell(name) is not { } t ? null
                : double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d
                : throw new InputException($"expected a number in '{name}'; found '{t}'.", where);
            var disagg = Ui.Pairs(Cell("disaggregation")?.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), where);
            list.Add((new ValueInput(Cell("code") ?? throw new InputException("the code is empty.", where), Cell("period") ?? throw new InputException("the period is empty.", where),
                Num("value"), Num("numerator"), Num("denominator"), Cell("actor"), disagg, Cell("note")), where));
        }
        return list;
    }
}
