using System.CommandLine;
using Meic.Mapping.Domain;
using Meic.Sdk.Errors;
using Meic.Sdk.Plugins;

namespace Meic.Mapping.Commands;

internal static class ActorMergeCommand
{
    public static Command Create(IMeicContext ctx)
    {
        var text = MappingPlugin.Text(ctx);
        var dupArg = new Argument<string>("DUPLICATE") { Description = text["arg.duplicate"] };
        var keepArg = new Argument<string>("KEEP") { Description = text["arg.keep"] };
        var list = new Option<bool>("--suggest") { Description = text["opt.suggest"] };
        var take = new Option<string?>("--take") { Description = text["opt.take", string.Join(",", MapEdits.MergeFields)], HelpName = "FIELD,…" };
        dupArg.Arity = ArgumentArity.ZeroOrOne; keepArg.Arity = ArgumentArity.ZeroOrOne;
        var cmd = new Command("merge", text["cmd.actors.merge"]) { dupArg, keepArg, list, take };
        cmd.SetAction(p =>
        {
            var data = MapData.From(ctx);
            if (p.GetValue(list) || p.GetValue(dupArg) is null)
            {
                // Grouped by duplicate key: linear in the actors, however many there are.
                var pairs = data.Actors.All().GroupBy(a => NameKey.Duplicate(a.Name)).Where(g => g.Key.Length > 0 && g.Count() > 1)
                    .SelectMany(g => g.Skip(1).Select(b => (A: g.First(), B: b))).ToList();
                var why = text["import.dup.why"];
                if (ctx.Json) ctx.WriteJson(pairs.Select(x => new { a = x.A.Id, b = x.B.Id, nameA = x.A.Name, nameB = x.B.Name, why }));
                else if (pairs.Count == 0) Shared.Line(ctx, text["merge.noDuplicates"]);
                else foreach (var x in pairs) Shared.Line(ctx, text["merge.suggestion", x.A.Name, x.A.Id, x.B.Name, x.B.Id, why]);
                return 0;
            }
            var dup = data.Find(p.GetValue(dupArg)!, "DUPLICATE");
            var keep = data.Find(p.GetValue(keepArg) ?? throw new InputException(text["err.keepMissing"], "KEEP"), "KEEP");
            var fields = Vocabulary.Split(p.GetValue(take)).Select(f => f.ToLowerInvariant()).ToList();
            var moved = new MapEdits(ctx).Merge(dup, keep, fields);
            if (ctx.Json) ctx.WriteJson(new { kept = keep.Id, removed = dup.Id, tiesMoved = moved });
            else Shared.Line(ctx, text["actor.merged", dup.Id, keep.Id, moved]);
            return 0;
        });
        return cmd;
    }
}
