using System.CommandLine;
using System.Globalization;
using Meic.Monitoring.Model;
using Meic.Monitoring.Presets;
using Meic.Monitoring.Screens;
using Meic.Sdk.Errors;
using Meic.Sdk.Model;
using Meic.Sdk.Plugins;
using Meic.Sdk.Text;
using Spectre.Console;

namespace Meic.Monitoring.Commands;

internal static class IndicatorsAddCommand
{
    private const string PeriodicityVocabulary = "indicator-periodicity", DirectionVocabulary = "indicator-direction", KindVocabulary = "indicator-kind";

    // The labels a reader reads in the option's help; an id, any language's label or a synonym is accepted.
    private static string Choices(IMeicContext ctx, string vocabulary) => ctx.Vocabularies.Find(vocabulary)?.Choices(ctx.Language) ?? "";

    private static string Term(IMeicContext ctx, string vocabulary, string text, string option) =>
        ctx.Vocabularies.Find(vocabulary) is { } v ? v.Parse(text, ctx.Language, option).Id : text;

    public static Command Create(IMeicContext ctx, Strings s)
    {
        var code = new Argument<string>("CODE");
        var name = new Option<string>("--name") { Required = true, Description = s["opt.indicatorName"] };
        var definition = new Option<string?>("--definition");
        var kind = new Option<string>("--kind") { DefaultValueFactory = _ => IndicatorKinds.Entered, Description = s["opt.kind", Choices(ctx, KindVocabulary)] };
        var compute = new Option<string?>("--compute") { Description = s["opt.compute"] };
        var unit = new Option<string>("--unit") { DefaultValueFactory = _ => "count", Description = s["opt.unit", Choices(ctx, MonitoringScreens.UnitVocabulary)] };
        var periodicity = new Option<string>("--periodicity") { DefaultValueFactory = _ => "quarter", Description = s["opt.periodicity", Choices(ctx, PeriodicityVocabulary)] };
        var disagg = new Option<string[]>("--disaggregation") { Description = s["opt.disaggregation"], AllowMultipleArgumentsPerToken = true };
        var target = new Option<string[]>("--target") { Description = s["opt.target"] };
        var baseline = new Option<double?>("--baseline");
        var direction = new Option<string>("--direction") { DefaultValueFactory = _ => "up", Description = s["opt.direction", Choices(ctx, DirectionVocabulary)] };
        var notCumulative = new Option<bool>("--level") { Description = s["opt.level"] };
        var command = new Command("add", s["cmd.indicators.add"]) { code, name, definition, kind, compute, unit, periodicity, disagg, target, baseline, direction, notCumulative };
        command.SetAction(parse =>
        {
            var targets = new Dictionary<string, double>();
            foreach (var (k, v) in Ui.Pairs(parse.GetValue(target), "--target", s))
                targets[k] = double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d
                    : throw new InputException(s["refuse.notNumber", v], "--target");
            var ind = new Indicator
            {
                Code = parse.GetValue(code)!, Kind = Term(ctx, KindVocabulary, parse.GetValue(kind)!, "--kind"), Compute = parse.GetValue(compute),
                Unit = Term(ctx, MonitoringScreens.UnitVocabulary, parse.GetValue(unit)!, "--unit"),
                Periodicity = Term(ctx, PeriodicityVocabulary, parse.GetValue(periodicity)!, "--periodicity"), Disaggregations = (parse.GetValue(disagg) ?? []).ToList(), Targets = targets,
                Baseline = parse.GetValue(baseline), Direction = Term(ctx, DirectionVocabulary, parse.GetValue(direction)!, "--direction"), Cumulative = !parse.GetValue(notCumulative),
                Name = new LocalizedText { [ctx.Language] = parse.GetValue(name)! },
                Definition = parse.GetValue(definition) is { } def ? new LocalizedText { [ctx.Language] = def } : new LocalizedText(),
            };
            PresetFile.Validate(ind, "indicator", s);
            var (added, _) = CatalogueWriter.Write(ctx.Store, [ind]);
            if (ctx.Json) ctx.WriteJson(new { ind.Code, added = added == 1 });
            else ctx.Console.Write(new Text(s["imported.indicators", 1, added, 1 - added] + "\n"));
            return 0;
        });
        return command;
    }
}
