using System.CommandLine;
using Meic.Sdk.Plugins;
using Meic.Sdk.Text;
using Spectre.Console;

namespace Meic.CityPlugin.Commands;

/// <summary><c>meic citycmd</c>: the cluster's actors by engagement stage (<c>--json</c> for machines).</summary>
internal static class SummaryCommand
{
    public static Command Create(IMeicContext ctx)
    {
        var t = Strings.Load(typeof(Plugin).Assembly, "Meic.CityPlugin.strings", ctx.Language);
        var command = new Command("citycmd", t["cmd.summary"]);
        command.SetAction(_ =>
        {
            var counts = StageCount.Read(ctx);
            if (ctx.Json) { ctx.WriteJson(counts); return 0; }
            var table = new Table().AddColumns(t["col.stage"], t["col.actors"]);
            foreach (var c in counts) table.AddRow(new Text(c.Stage), new Text(c.Actors.ToString()));
            ctx.Console.Write(table);
            return 0;
        });
        return command;
    }
}
