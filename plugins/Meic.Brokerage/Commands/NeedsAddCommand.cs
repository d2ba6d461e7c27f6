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
        var source = new Option<string>("--source") { Description = s["opt.needSource", BrokerVocabularies.Choices(BrokerVocabularies.NeedSource, s.Language)], DefaultValueFactory = _ => "manual" };
        var command = new Command("add", s["cmd.needs.add"]) { description, area, district, forWhom, source };
        command.SetAction(p =>
        {
            var need = NeedSources.Add(ctx.Store, p.GetValue(description)!, p.GetValue(area), p.GetValue(district), ServicesAddCommand.Split(p.GetValue(forWhom)),
                p.GetValue(source)!, ctx.Clock.Now, s);
            if (ctx.Json) ctx.WriteJson(need);
            else Output.Line(ctx, s["needs.added", need.Id, need.Area ?? "-"]);
            return 0;
        });
        return command;
    }
}
