using System.CommandLine;
using Meic.Mapping.Domain;
using Meic.Sdk.Errors;
using Meic.Sdk.Model;
using Meic.Sdk.Plugins;

namespace Meic.Mapping.Commands;

internal static class ActorAddCommand
{
    public static Command Create(IMeicContext ctx)
    {
        var text = MappingPlugin.Text(ctx);
        var name = new Argument<string>("NAME") { Description = text["arg.name"] };
        var id = new Option<string?>("--id") { Description = text["opt.id"] };
        var opts = new ActorOptions(text);
        var cmd = new Command("add", text["cmd.actors.add"]) { name, id };
        foreach (var o in opts.All) cmd.Add(o);
        cmd.SetAction(p =>
        {
            var edits = new MapEdits(ctx);
            var actorName = p.GetValue(name)!.Trim();
            if (actorName.Length == 0) throw new InputException(text["err.nameEmpty"], "NAME");
            if (p.GetValue(opts.Sector) is null) throw new InputException(text["err.sectorMissing"], "--sector");
            var actor = new Actor { Name = actorName };
            var today = Shared.Today(ctx);
            opts.Apply(p, actor, new Vocabulary(edits.Data.Cluster, edits.Data.Text), today, ctx.Language);
            var twins = edits.Add(actor, p.GetValue(id), today);
            if (ctx.Json) ctx.WriteJson(new { actor = Shared.ActorView(actor), likelyDuplicates = twins.Select(t => new { t.Id, t.Name }) });
            else
            {
                Shared.Line(ctx, text["actor.added", actor.Name, actor.Id]);
                foreach (var t in twins) Shared.Line(ctx, text["actor.duplicate", actor.Name, t.Name, t.Id]);
            }
            return 0;
        });
        return cmd;
    }
}
