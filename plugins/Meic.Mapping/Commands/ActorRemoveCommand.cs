using System.CommandLine;
using Meic.Mapping.Domain;
using Meic.Sdk.Plugins;

namespace Meic.Mapping.Commands;

internal static class ActorRemoveCommand
{
    public static Command Create(IMeicContext ctx)
    {
        var text = MappingPlugin.Text(ctx);
        var actorArg = new Argument<string>("ACTOR") { Description = text["arg.actor"] };
        var cmd = new Command("remove", text["cmd.actors.remove"]) { actorArg };
        cmd.SetAction(p =>
        {
            var edits = new MapEdits(ctx);
            var a = edits.Data.Find(p.GetValue(actorArg)!, "ACTOR");
            var ties = edits.Remove(a);
            if (ctx.Json) ctx.WriteJson(new { removed = a.Id, ties });
            else Shared.Line(ctx, text["actor.removed", a.Id, ties]);
            return 0;
        });
        return cmd;
    }
}
