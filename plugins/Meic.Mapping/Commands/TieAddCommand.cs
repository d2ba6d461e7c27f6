using System.CommandLine;
using Meic.Mapping.Domain;
using Meic.Sdk.Model;
using Meic.Sdk.Plugins;

namespace Meic.Mapping.Commands;

internal static class TieAddCommand
{
    public static Command Create(IMeicContext ctx)
    {
        var text = MappingPlugin.Text(ctx);
        var source = new Argument<string>("SOURCE") { Description = text["arg.source"], HelpName = text["arg.sourceName"] };
        var target = new Argument<string>("TARGET") { Description = text["arg.target"], HelpName = text["arg.targetName"] };
        var opts = new TieOptions(text);
        var cmd = new Command("add", text["cmd.ties.add"]) { source, target };
        foreach (var o in opts.All) cmd.Add(o);
        cmd.SetAction(p =>
        {
            var edits = new MapEdits(ctx);
            var s = edits.Data.Find(p.GetValue(source)!, text["arg.sourceName"]);
            var t = edits.Data.Find(p.GetValue(target)!, text["arg.targetName"]);
            var tie = new Relationship
            {
                Source = s.Id, Target = t.Id, Kind = TieKind.InformationExchange, Intensity = TieIntensity.Awareness, Weight = 1, Origin = TieSource.Manual,
            };
            opts.Apply(p, tie, ctx.Language);
            tie = edits.AddTie(tie);
            if (ctx.Json) ctx.WriteJson(tie);
            else Shared.Line(ctx, text["tie.added", tie.Id, s.Name, t.Name]);
            return 0;
        });
        return cmd;
    }
}
