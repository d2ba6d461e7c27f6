using System.CommandLine;
using Meic.Mapping.Domain;
using Meic.Sdk.Plugins;
using Meic.Sdk.Text;

namespace Meic.Mapping.Commands;

internal static class ActorShowCommand
{
    public static Command Create(IMeicContext ctx)
    {
        var actorArg = new Argument<string>("ACTOR") { Description = "Id or name" };
        var cmd = new Command("show", "Show an actor, its ties, stage history and metrics") { actorArg };
        cmd.SetAction(p =>
        {
            var data = MapData.From(ctx);
            var a = data.Find(p.GetValue(actorArg)!, "ACTOR");
            var ties = data.Ties.All().Where(t => t.Source == a.Id || t.Target == a.Id).ToList();
            var names = data.Actors.All().ToDictionary(x => x.Id, x => x.Name);
            var report = MetricsCalculator.Compute(ActorGraph.Build(data.Actors.All(), data.Ties.All()));
            var m = report.Actors.First(x => x.Id == a.Id);
            if (ctx.Json) { ctx.WriteJson(new { actor = Shared.ActorView(a), ties, metrics = m }); return 0; }
            Shared.Line(ctx, $"{a.Name} ({a.Id})");
            Shared.Line(ctx, $"  sector: {Names.Kebab(a.Sector)}   areas: {string.Join(", ", a.Areas)}   district: {a.District ?? "-"}");
            Shared.Line(ctx, $"  stage: {Names.Kebab(a.Stage)}   network: {(a.NetworkKind is { } k ? Names.Kebab(k) : "-")}   promoter: {(a.Promoter ? "yes" : "no")}");
            if (a.Mandate is not null) Shared.Line(ctx, $"  mandate: {a.Mandate}");
            foreach (var s in a.Services) Shared.Line(ctx, $"  service: {s.What} (for {string.Join(", ", s.ForWhom)}; {s.Area} {s.District})");
            foreach (var c in a.Contacts) Shared.Line(ctx, $"  contact: {c.Name} {c.Role}");
            foreach (var h in a.StageHistory) Shared.Line(ctx, $"  {h.Date:yyyy-MM-dd} {Names.Kebab(h.Stage)} {h.Note}");
            Shared.Line(ctx, $"  degree {m.Degree}, betweenness {m.Betweenness:0.####}, closeness {m.Closeness:0.####}, eigenvector {m.Eigenvector:0.####}, constraint {m.Constraint:0.####}, community {m.Community}");
            foreach (var t in ties)
            {
                var other = t.Source == a.Id ? t.Target : t.Source;
                var arrow = !t.Directed ? "—" : t.Source == a.Id ? "→" : "←";
                Shared.Line(ctx, $"  {arrow} {names.GetValueOrDefault(other, other)}: {Names.Kebab(t.Kind)}, {Names.Kebab(t.Intensity)}{(t.Wave is null ? "" : ", wave " + t.Wave)} [{t.Id}]");
            }
            return 0;
        });
        return cmd;
    }
}
