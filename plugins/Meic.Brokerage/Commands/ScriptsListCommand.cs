using System.CommandLine;
using Meic.Brokerage.Model;
using Meic.Sdk.Plugins;
using Meic.Sdk.Text;

namespace Meic.Brokerage.Commands;

/// <summary><c>meic broker scripts list [--all-languages]</c>: orientation scripts in the active language.</summary>
internal static class ScriptsListCommand
{
    public static Command Create(IMeicContext ctx, Strings s)
    {
        var all = new Option<bool>("--all-languages");
        var command = new Command("list", s["cmd.scripts.list"]) { all };
        command.SetAction(p =>
        {
            var scripts = ctx.Store.Collection<OrientationScript>(Collections.Scripts).All()
                .Where(x => p.GetValue(all) || x.Language == ctx.Language).ToList();
            if (ctx.Json) { ctx.WriteJson(scripts.Select(x => new { x.Id, x.Need, x.Language, x.Title, x.Area })); return 0; }
            if (scripts.Count == 0) { Output.Line(ctx, s["scripts.none"]); return 0; }
            Output.Table(ctx, [s["col.id"], s["col.title"], s["col.area"], s["col.language"]], scripts.Select(x => new[] { x.Id, x.Title, x.Area, x.Language }));
            return 0;
        });
        return command;
    }
}
