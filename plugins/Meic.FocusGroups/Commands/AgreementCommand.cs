using System.CommandLine;
using Meic.FocusGroups.Agreement;
using Meic.Sdk.Errors;
using Meic.Sdk.Plugins;
using Meic.Sdk.Text;

namespace Meic.FocusGroups.Commands;

/// <summary>
/// <c>meic focus agreement [--unit turn|paragraph|character] [--coder C]… [--session S] [--coded-only]</c> on the store's codings, or
/// <c>meic focus agreement --input FILE.csv --metric nominal|ordinal|interval|ratio</c> on reliability data coded elsewhere.
/// </summary>
internal static class AgreementCommand
{
    public static Command Create(IMeicContext ctx)
    {
        var s = Ui.S(ctx);
        var unit = new Option<string>("--unit") { DefaultValueFactory = _ => "turn", Description = s["opt.unit"] };
        var coder = new Option<string[]>("--coder") { Description = s["opt.coders"] };
        var session = new Option<string?>("--session") { Description = s["opt.session"] };
        var codedOnly = new Option<bool>("--coded-only") { Description = s["opt.codedOnly"] };
        var input = new Option<string?>("--input") { Description = s["opt.input"] };
        var metric = new Option<string>("--metric") { DefaultValueFactory = _ => "nominal", Description = s["opt.metric"] };
        var command = new Command("agreement", s["cmd.agreement"]) { unit, coder, session, codedOnly, input, metric };
        command.SetAction(parse =>
        {
            if (parse.GetValue(input) is { } file)
            {
                if (!Names.TryParse<Metric>(parse.GetValue(metric), out var m)) throw Ui.OneOf(s, parse.GetValue(metric), "--metric", "nominal", "ordinal", "interval", "ratio");
                var data = ReliabilityCsv.Read(Path.GetFullPath(file), m, ctx.Language);
                var alpha = KrippendorffAlpha.Compute(data, m);
                var percent = PercentAgreement.Compute(data);
                var fleiss = m == Metric.Nominal ? FleissKappa.Compute(data) : null;
                var cohen = m == Metric.Nominal && data.Coders.Count == 2 ? CohenKappa.Compute(data) : null;
                var result = new
                {
                    metric = Names.Kebab(m), coders = data.Coders.Count, units = data.Units.Count, pairableUnits = alpha.Units,
                    judgements = data.Units.Sum(u => u.Values.Count(v => v >= 0)),
                    alpha = Num(alpha.Value), observedDisagreement = Num(alpha.Observed), expectedDisagreement = Num(alpha.Expected),
                    percentAgreement = Num(percent.Value), cohenKappa = cohen is null ? null : Num(cohen.Value), fleissKappa = fleiss is null ? null : Num(fleiss.Value),
                };
                if (ctx.Json) ctx.WriteJson(result);
                else
                {
                    Ui.Line(ctx, s["agreement.csv", result.coders, result.units, result.judgements]);
                    Ui.Line(ctx, $"Krippendorff's alpha ({result.metric}) = {Ui.F3(alpha.Value)}  (Do {Ui.F3(alpha.Observed)}, De {Ui.F3(alpha.Expected)})");
                    Ui.Line(ctx, $"{s["h.percent"]} = {Ui.F3(percent.Value)}" + (cohen is null ? "" : $"  Cohen's kappa = {Ui.F3(cohen.Value)}") + (fleiss is null ? "" : $"  Fleiss' kappa = {Ui.F3(fleiss.Value)}"));
                }
                return 0;
            }
            var u = parse.GetValue(unit)!;
            var (coders, rows) = new StoreAgreement(Ui.Fs(ctx)).Compute(u, parse.GetValue(coder), parse.GetValue(session), parse.GetValue(codedOnly));
            if (ctx.Json) ctx.WriteJson(new { unit = u, coders, codes = rows.Select(r => new { code = r.Code, units = r.Units, percent = Num(r.Percent), cohenKappa = r.CohenKappa is { } k ? Num(k) : null, fleissKappa = Num(r.FleissKappa), alpha = Num(r.Alpha) }) });
            else
            {
                Ui.Line(ctx, s["agreement.store", string.Join(", ", coders), u]);
                Ui.Table(ctx, [s["h.code"], s["h.units"], s["h.percent"], "Cohen κ", "Fleiss κ", "Krippendorff α"],
                    rows.Select(r => new[] { r.Code == "*" ? s["h.pooled"] : r.Code, r.Units.ToString(), Ui.F3(r.Percent), r.CohenKappa is { } k ? Ui.F3(k) : "-", Ui.F3(r.FleissKappa), Ui.F3(r.Alpha) }));
            }
            return 0;
        });
        return command;
    }

    private static double? Num(double v) => double.IsNaN(v) ? null : Math.Round(v, 6);
}
