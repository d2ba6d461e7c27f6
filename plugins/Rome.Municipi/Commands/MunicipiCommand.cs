using System.CommandLine;
using Meic.Sdk.Errors;
using Meic.Sdk.Model;
using Meic.Sdk.Plugins;
using Meic.Sdk.Text;
using Spectre.Console;

namespace Rome.Municipi.Commands;

/// <summary><c>meic municipi coverage|assign</c>.</summary>
internal static class MunicipiCommand
{
    public static Command Create(IMeicContext ctx)
    {
        var t = Strings.Load(typeof(MunicipiPlugin).Assembly, "Rome.Municipi.strings", ctx.Language);
        return new Command("municipi", t["cmd.municipi"]) { Coverage(ctx, t), Assign(ctx, t) };
    }

    private static Command Coverage(IMeicContext ctx, Strings t)
    {
        var command = new Command("coverage", t["cmd.coverage"]);
        command.SetAction(_ =>
        {
            var coverage = new DistrictCoverage(ctx);
            var rows = coverage.Rows();
            var covered = rows.Count(r => r.Actors + r.Services > 0);
            if (ctx.Json)
            {
                ctx.WriteJson(new { districts = rows, covered, total = rows.Count, unplaced = coverage.Unplaced() });
                return 0;
            }
            var table = new Table().AddColumns(t["col.district"], t["col.actors"], t["col.onBoard"], t["col.services"], t["col.areas"]);
            foreach (var r in rows)
                table.AddRow(new Text(r.District), new Text(r.Actors.ToString()), new Text(r.OnBoard.ToString()), new Text(r.Services.ToString()), new Text(string.Join(", ", r.Areas)));
            ctx.Console.Write(table);
            ctx.Console.WriteLine(t["coverage.summary", covered, rows.Count, coverage.Unplaced()]);
            return 0;
        });
        return command;
    }

    private static Command Assign(IMeicContext ctx, Strings t)
    {
        var actorId = new Argument<string>("ACTOR") { Description = t["arg.actor"] };
        var district = new Argument<string>("DISTRICT") { Description = t["arg.district"] };
        var command = new Command("assign", t["cmd.assign"]) { actorId, district };
        command.SetAction(parse =>
        {
            var actor = new DistrictCoverage(ctx).Assign(parse.GetValue(actorId)!, parse.GetValue(district)!);
            if (ctx.Json) ctx.WriteJson(new { actor = actor.Id, district = actor.District });
            else ctx.Console.Write(new Text(t["assign.done", actor.Name, actor.District] + "\n"));
            return 0;
        });
        return command;
    }
}
