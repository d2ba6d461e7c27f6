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
            var data = MapData.From(ctx);
            var a = data.Find(p.GetValue(actorArg)!, "ACTOR");
            var ties = data.Ties.All().Where(t => t.Source == a.Id || t.Target == a.Id).ToList();
            using (var tx = data.Store.BeginTransaction())
            {
                foreach (var t in ties) data.Ties.Delete(t);
                data.Actors.Delete(a);
                tx.Commit();
            }
            ctx.Publish(new MeicEvent("actor.removed", a.Id));
            if (ctx.Json) ctx.WriteJson(new { removed = a.Id, ties = ties.Count });
            else Shared.Line(ctx, text["actor.removed", a.Id, ties.Count]);
            return 0;
        });
        return cmd;
    }
}
