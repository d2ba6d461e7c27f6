using System.CommandLine;
using Meic.Brokerage.Domain;
using Meic.Brokerage.Model;
using Meic.Sdk.Errors;
using Meic.Sdk.Plugins;
using Meic.Sdk.Text;

namespace Meic.Brokerage.Commands;

/// <summary><c>meic broker scripts export [SCRIPT] [--out FILE]</c>: the scripts as JSON, to edit and import back.</summary>
internal static class ScriptsExportCommand
{
    public static Command Create(IMeicContext ctx, Strings s)
    {
        var id = new Argument<string?>("SCRIPT") { Arity = ArgumentArity.ZeroOrOne };
        var output = new Option<string?>("--out") { Description = s["opt.out"] };
        var command = new Command("export", s["cmd.scripts.export"]) { id, output };
        command.SetAction(p =>
        {
            var collection = ctx.Store.Collection<OrientationScript>(Collections.Scripts);
            var scripts = p.GetValue(id) is { } one
                ? [ScriptStore.Find(ctx.Store, one, ctx.Language) ?? throw new InputException(s["refuse.noScript", one], "SCRIPT")]
                : collection.All().ToList();
            var text = Newtonsoft.Json.JsonConvert.SerializeObject(scripts, Json.Indented);
            if (p.GetValue(output) is { } file) { File.WriteAllText(file, text + "\n"); Output.Line(ctx, s["scripts.exported", scripts.Count, Path.GetFullPath(file)]); }
            else ctx.Out.WriteLine(text);
            return 0;
        });
        return command;
    }
}
