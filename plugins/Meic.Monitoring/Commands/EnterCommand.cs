using System.CommandLine;
using Meic.Monitoring.Compute;
using Meic.Sdk.Plugins;
using Meic.Sdk.Text;
using Spectre.Console;

namespace Meic.Monitoring.Commands;

internal static class EnterCommand
{
    public static Command Create(IMeicContext ctx, Strings s)
    {
        var code = new Argument<string>("CODE");
        var period = new Option<string>("--period") { Required = true, Description = s["opt.enterPeriod"] };
        var value = new Option<string?>("--value") { Description = s["opt.value"] };
        var numerator = new Option<string?>("--numerator");
        var denominator = new Option<string?>("--denominator");
        var partner = new Option<string?>("--partner") { Description = s["opt.partner"] };
        var disagg = new Option<string[]>("--disagg") { Description = s["opt.disagg"] };
        var note = new Option<string?>("--note");
        var command = new Command("enter", s["cmd.enter"]) { code, period, value, numerator, denominator, partner, disagg, note };
        command.SetAction(parse =>
        {
            var entry = new ValueEntry(ctx.Store, s);
            var input = new ValueInput(parse.GetValue(code)!, parse.GetValue(period)!, Ui.Amount(parse.GetValue(value), "--value", s),
                Ui.Amount(parse.GetValue(numerator), "--numerator", s), Ui.Amount(parse.GetValue(denominator), "--denominator", s),
                parse.GetValue(partner), Ui.Pairs(parse.GetValue(disagg), "--disagg", s), parse.GetValue(note));
            var doc = entry.Check(input, ctx.User, ctx.Clock.Now);
            var warnings = entry.Write([doc]);
            if (!ctx.Json) foreach (var w in warnings) ctx.Console.Write(new Text(w.In(s) + "\n", new Style(Color.Yellow)));
            if (ctx.Json) ctx.WriteJson(new { doc.Id, doc.IndicatorCode, doc.Period, doc.Value, doc.Disaggregation, doc.ActorId, doc.EnteredBy, warnings = warnings.Select(w => w.In(s)) });
            else ctx.Console.Write(new Text(s["entered", doc.IndicatorCode, Ui.Number(doc.Value, s), doc.Period,
                doc.Disaggregation.Count == 0 ? "" : " (" + string.Join(", ", doc.Disaggregation.Select(d => $"{d.Key}={d.Value}")) + ")"] + "\n"));
            return 0;
        });
        return command;
    }
}
