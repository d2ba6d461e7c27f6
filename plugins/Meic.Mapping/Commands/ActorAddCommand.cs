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
            var data = MapData.From(ctx);
            var actorName = p.GetValue(name)!.Trim();
            if (actorName.Length == 0) throw new InputException(text["err.nameEmpty"], "NAME");
            if (p.GetValue(opts.Sector) is null) throw new InputException(text["err.sectorMissing"], "--sector");
            var all = data.Actors.All();
            var actor = new Actor { Name = actorName };
            var today = Shared.Today(ctx);
            opts.Apply(p, actor, new Vocabulary(data.Cluster), today);
            if (actor.StageHistory.Count == 0) actor.StageHistory.Add(new StageChange { Stage = actor.Stage, Date = today });
            actor.Id = p.GetValue(id) ?? ActorImporter.UniqueId(NameKey.Slug(actorName), all, []);
            if (data.Actors.Get(actor.Id) is not null) throw new InputException(text["err.idExists", actor.Id], "--id");
            var twins = all.Where(a => NameKey.LikelySame(a.Name, actorName)).ToList();
            data.Actors.Insert(actor);
            ctx.Publish(new MeicEvent("actor.added", actor.Id));
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
