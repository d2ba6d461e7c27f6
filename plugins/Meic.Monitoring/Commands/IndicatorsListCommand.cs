using System.CommandLine;
using Meic.Monitoring.Model;
using Meic.Sdk.Plugins;
using Meic.Sdk.Text;
using Spectre.Console;

namespace Meic.Monitoring.Commands;

internal static class IndicatorsListCommand
{
    public static Command Create(IMeicContext ctx, Strings s)
    {
        var set = new Option<string?>("--set") { Description = s["opt.presetSet"] };
        var kinds = ctx.Vocabularies.Find("indicator-kind");
        var kind = new Option<string?>("--kind") { Description = s["opt.kind", kinds?.Choices(ctx.Language) ?? ""] };
        var command = new Command("list", s["cmd.indicators.list"]) { set, kind };
        command.SetAction(parse =>
        {
            var list = ctx.Store.Collection<Indicator>(Indicator.CollectionName).All()
                .Where(i => parse.GetValue(set) is not { } st || string.Equals(i.Set, st, StringComparison.OrdinalIgnoreCase))
                .Where(i => parse.GetValue(kind) is not { } k || i.Kind == (kinds?.Parse(k, ctx.Language, "--kind").Id ?? k)).ToList();
            if (ctx.Json)
            {
                ctx.WriteJson(list.Select(i => new { i.Code, name = i.Name.For(ctx.Language), i.Kind, i.Unit, i.Set, i.NeedsCheck, i.Targets }));
                return 0;
            }
            if (list.Count == 0) { ctx.Console.Write(new Text(s["empty"] + "\n")); return 0; }
            var table = new Table().AddColumns(s["col.code"], s["col.name"], s["col.kind"], s["col.unit"], s["col.set"]);
            foreach (var i in list)
                table.AddRow(new Text(i.Code), new Text(i.Name.For(ctx.Language) + (i.NeedsCheck ? " (!)" : "")), new Text(s["kind." + i.Kind]), new Text(Screens.MonitoringScreens.UnitLabel(ctx, i.Unit)), new Text(i.Set ?? ""));
            ctx.Console.Write(table);
            if (list.Any(i => i.NeedsCheck)) ctx.Console.Write(new Text($"(!) {s["needsCheck"]}\n"));
            return 0;
        });
        return command;
    }
}
