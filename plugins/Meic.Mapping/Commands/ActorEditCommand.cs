using System.CommandLine;
using Meic.Mapping.Domain;
using Meic.Sdk.Plugins;

namespace Meic.Mapping.Commands;

internal static class ActorEditCommand
{
    public static Command Create(IMeicContext ctx)
    {
        var text = MappingPlugin.Text(ctx);
        var actorArg = new Argument<string>("ACTOR") { Description = text["arg.actor"] };
        var rename = new Option<string?>("--name") { Description = text["opt.rename"] };
        var opts = new ActorOptions(text);
        var cmd = new Command("edit", text["cmd.actors.edit"]) { actorArg, rename };
        foreach (var o in opts.All) cmd.Add(o);
        cmd.SetAction(p =>
        {
            var edits = new MapEdits(ctx);
            var actor = edits.Data.Find(p.GetValue(actorArg)!, "ACTOR");
            if (p.GetValue(rename) is { Length: > 0 } n) actor.Name = n.Trim();
            opts.Apply(p, actor, new Vocabulary(edits.Data.Cluster, edits.Data.Text), Shared.Today(ctx), ctx.Language);
            edits.Update(actor);
            if (ctx.Json) ctx.WriteJson(Shared.ActorView(actor));
            else Shared.Line(ctx, text["actor.updated", actor.Id]);
            return 0;
        });
        return cmd;
    }
}
