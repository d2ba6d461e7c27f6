using System.CommandLine;
using Meic.Monitoring.Model;
using Meic.Sdk.Plugins;
using Meic.Sdk.Text;
using Spectre.Console;

namespace Meic.Monitoring.Commands;

internal static class ValuesListCommand
{
    public static Command Create(IMeicContext ctx, Strings s)
    {
        var code = new Option<string?>("--code");
        var period = new Option<string?>("--period");
        var command = new Command("list", s["cmd.values.list"]) { code, period };
        command.SetAction(parse =>
        {
            var values = ctx.Store.Collection<IndicatorValue>(IndicatorValue.CollectionName).All()
                .Where(v => parse.GetValue(code) is not { } c || string.Equals(v.IndicatorCode, c, StringComparison.OrdinalIgnoreCase))
                .Where(v => parse.GetValue(period) is not { } p || string.Equals(v.Period, p, StringComparison.OrdinalIgnoreCase))
                .OrderBy(v => v.IndicatorCode, StringComparer.Ordinal).ThenBy(v => v.Period, StringComparer.Ordinal).ToList();
            if (ctx.Json) { ctx.WriteJson(values); return 0; }
            var table = new Table().AddColumns(s["col.code"], s["col.period"], s["col.value"], s["col.partner"], s["col.disaggregation"], s["col.enteredBy"]);
            foreach (var v in values)
                table.AddRow(new Text(v.IndicatorCode), new Text(v.Period), new Text(Ui.Number(v.Value, s)), new Text(v.ActorId ?? ""),
                    new Text(string.Join(", ", v.Disaggregation.Select(d => $"{d.Key}={d.Value}"))), new Text(v.EnteredBy));
            ctx.Console.Write(table);
            return 0;
        });
        return command;
    }
}
