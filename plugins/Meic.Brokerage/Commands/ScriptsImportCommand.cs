using System.CommandLine;
using Meic.Brokerage.Domain;
using Meic.Brokerage.Model;
using Meic.Sdk.Errors;
using Meic.Sdk.Plugins;
using Meic.Sdk.Text;

namespace Meic.Brokerage.Commands;

/// <summary><c>meic broker scripts import FILE</c>: adds or replaces scripts (a JSON array, or one script), so a city can edit them.</summary>
internal static class ScriptsImportCommand
{
    public static Command Create(IMeicContext ctx, Strings s)
    {
        var file = new Argument<string>("FILE");
        var command = new Command("import", s["cmd.scripts.import"]) { file };
        command.SetAction(p =>
        {
            var path = p.GetValue(file)!;
            if (!File.Exists(path)) throw new InputException(s["refuse.noFile"], path);
            var text = Meic.Sdk.Files.LimitedText.ReadAllText(path).TrimStart();
            List<OrientationScript> scripts;
            try { scripts = text.StartsWith('[') ? Json.Deserialize<List<OrientationScript>>(text) : [Json.Deserialize<OrientationScript>(text)]; }
            catch (Newtonsoft.Json.JsonException e) { throw new InputException(s["refuse.scriptJson", e.Message], path); }
            var (added, updated) = ScriptStore.Upsert(ctx.Store, scripts, path, s);
            if (ctx.Json) ctx.WriteJson(new { added, updated });
            else Output.Line(ctx, s["scripts.imported", added, updated]);
            return 0;
        });
        return command;
    }
}
