using System.CommandLine;
using Meic.Brokerage.Domain;
using Meic.Brokerage.Model;
using Meic.Sdk.Errors;
using Meic.Sdk.Plugins;
using Meic.Sdk.Text;

namespace Meic.Brokerage.Commands;

/// <summary><c>meic broker needs add --description TEXT [--area] [--district] [--for]</c>.</summary>
internal static class NeedsAddCommand
{
    public static Command Create(IMeicContext ctx, Strings s)
    {
        var description = new Option<string>("--description") { Description = s["opt.needDescription"], Required = true };
        var area = new Option<string?>("--area") { Description = s["opt.area"] };
        var district = new Option<string?>("--district") { Description = s["opt.district"] };
        var forWhom = new Option<string[]>("--for") { Description = s["opt.for"], AllowMultipleArgumentsPerToken = true };
        var source = new Option<string>("--source") { Description = "manual, context, focusGroup, decision", DefaultValueFactory = _ => "manual" };
        var command = new Command("add", s["cmd.needs.add"]) { description, area, district, forWhom, source };
        command.SetAction(p =>
        {
            var text = p.GetValue(description)!.Trim();
            if (text.Length == 0) throw new InputException("a need needs a description.", "--description");
            var areas = NeedSources.Areas(ctx.Store);
            var areaId = p.GetValue(area) ?? NeedSources.InferArea(text, areas);
            if (areaId is not null && areas.Count > 0 && areas.All(a => a.Id != areaId))
                throw new InputException($"unknown area '{areaId}'; the cluster's areas are {string.Join(", ", areas.Select(a => a.Id))}.", "--area");
            var src = p.GetValue(source)!;
            if (src is not ("manual" or "context" or "focusGroup" or "decision")) throw new InputException($"expected manual, context, focusGroup or decision; found '{src}'.", "--source");
            var need = ctx.Store.Collection<Need>(Collections.Needs).Insert(new Need
            {
                Description = text, Area = areaId, District = p.GetValue(district), ForWhom = ServicesAddCommand.Split(p.GetValue(forWhom)),
                Source = src, Date = ctx.Clock.Now.ToString("yyyy-MM-dd"),
            });
            if (ctx.Json) ctx.WriteJson(need);
            else Output.Line(ctx, s["needs.added", need.Id, need.Area ?? "-"]);
            return 0;
        });
        return command;
    }
}
