using System.CommandLine;
using Meic.Monitoring.Model;
using Meic.Sdk.Errors;
using Meic.Sdk.Plugins;
using Meic.Sdk.Text;
using Spectre.Console;

namespace Meic.Monitoring.Commands;

internal static class IndicatorsShowCommand
{
    public static Command Create(IMeicContext ctx, Strings s)
    {
        var code = new Argument<string>("CODE");
        var command = new Command("show", s["cmd.indicators.show"]) { code };
        command.SetAction(parse =>
        {
            var ind = Find(ctx, parse.GetValue(code)!);
            var values = ctx.Store.Collection<IndicatorValue>(IndicatorValue.CollectionName).Find(("indicatorCode", ind.Code))
                .OrderBy(v => v.Period, StringComparer.Ordinal).ToList();
            if (ctx.Json) { ctx.WriteJson(new { indicator = ind, values }); return 0; }
            var grid = new Grid().AddColumn().AddColumn();
            void Row(string k, string? v) { if (!string.IsNullOrEmpty(v)) grid.AddRow(new Text(k), new Text(v)); }
            Row(s["col.code"], ind.Code);
            Row(s["col.name"], ind.Name.For(ctx.Language));
            Row("", ind.Definition.For(ctx.Language));
            Row(s["col.kind"], ind.Kind + (ind.Compute is null ? "" : $" ({ind.Compute})"));
            Row(s["col.unit"], ind.Unit);
            Row("numerator", ind.Numerator?.For(ctx.Language));
            Row("denominator", ind.Denominator?.For(ctx.Language));
            Row(s["col.disaggregation"], string.Join(", ", ind.Disaggregations));
            Row("baseline", ind.Baseline is { } b ? $"{Ui.Number(b, s)} ({ind.BaselinePeriod})" : null);
            Row(s["col.target"], string.Join(", ", ind.Targets.Select(t => $"{t.Key}: {Ui.Number(t.Value, s)}")));
            Row("periodicity", ind.Periodicity);
            Row("source", ind.Source);
            Row(s["col.set"], ind.Set);
            if (ind.NeedsCheck) Row("(!)", s["needsCheck"] + (ind.CheckNote is null ? "" : $": {ind.CheckNote}"));
            ctx.Console.Write(grid);
            if (values.Count > 0)
            {
                var table = new Table().AddColumns(s["col.period"], s["col.value"], s["col.partner"], s["col.disaggregation"], s["col.enteredBy"]);
                foreach (var v in values)
                    table.AddRow(new Text(v.Period), new Text(Ui.Number(v.Value, s)), new Text(v.ActorId ?? ""),
                        new Text(string.Join(", ", v.Disaggregation.Select(d => $"{d.Key}={d.Value}"))), new Text(v.EnteredBy));
                ctx.Console.Write(table);
            }
            return 0;
        });
        return command;
    }

    public static Indicator Find(IMeicContext ctx, string code)
    {
        var all = ctx.Store.Collection<Indicator>(Indicator.CollectionName).All();
        return all.FirstOrDefault(i => string.Equals(i.Code, code, StringComparison.OrdinalIgnoreCase))
            ?? throw Unknown(Ui.Strings(ctx), code, all.Select(i => i.Code));
    }

    private static InputException Unknown(Strings s, string code, IEnumerable<string> codes)
    {
        var near = Names.Nearest(code, codes);
        return new InputException(s["refuse.unknownIndicator", code, near is null ? "." : s["refuse.didYouMean", near]], "CODE");
    }
}
