using System.CommandLine;
using Meic.Monitoring.Presets;
using Meic.Sdk.Plugins;
using Meic.Sdk.Text;
using Spectre.Console;

namespace Meic.Monitoring.Commands;

internal static class IndicatorsImportCommand
{
    public static Command Create(IMeicContext ctx, Strings s)
    {
        var file = new Argument<string>("FILE") { Description = s["opt.presetFile"] };
        var set = new Option<string?>("--set") { Description = s["opt.set"] };
        var command = new Command("import", s["cmd.indicators.import"]) { file, set };
        command.SetAction(parse =>
        {
            var list = PresetFile.Load(Path.GetFullPath(parse.GetValue(file)!), s, parse.GetValue(set));
            var (added, replaced) = CatalogueWriter.Write(ctx.Store, list);
            if (ctx.Json) ctx.WriteJson(new { imported = list.Count, added, replaced, needsCheck = list.Where(i => i.NeedsCheck).Select(i => i.Code) });
            else ctx.Console.Write(new Text(s["imported.indicators", list.Count, added, replaced] + "\n"));
            return 0;
        });
        return command;
    }
}
