using System.CommandLine;
using Meic.Mapping.Domain;
using Meic.Sdk.Plugins;
using Meic.Sdk.Text;

namespace Meic.Mapping.Commands;

internal static class ActorShowCommand
{
    public static Command Create(IMeicContext ctx)
    {
        var text = MappingPlugin.Text(ctx);
        var actorArg = new Argument<string>("ACTOR") { Description = text["arg.actor"] };
        var cmd = new Command("show", text["cmd.actors.show"]) { actorArg };
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
            Shared.Line(ctx, text["show.sector", ctx.Vocabularies.Label(a.Sector, ctx.Language), string.Join(", ", a.Areas.Select(x => ctx.Vocabularies.Label(Meic.Sdk.Text.Vocabularies.Area, x, ctx.Language))), a.District ?? "-"]);
            Shared.Line(ctx, text["show.stage", Meic.Sdk.Text.Vocabularies.Shared.Label(a.Stage, ctx.Language), a.NetworkKind is { } k ? Meic.Sdk.Text.Vocabularies.Shared.Label(k, ctx.Language) : "-", a.Promoter ? text["yes"] : text["no"]]);
            if (a.Mandate is not null) Shared.Line(ctx, text["show.mandate", a.Mandate]);
            foreach (var s in a.Services) Shared.Line(ctx, text["show.service", s.What, string.Join(", ", s.ForWhom), s.Area, s.District]);
            foreach (var c in a.Contacts) Shared.Line(ctx, text["show.contact", c.Name, c.Role]);
            foreach (var h in a.StageHistory) Shared.Line(ctx, $"  {Dates.FormatShort(h.Date, ctx.Language)} {ctx.Vocabularies.Label(h.Stage, ctx.Language)} {StageNotes.Say(h.Note, text)}");
            Shared.Line(ctx, text["show.metrics", m.Degree.ToString(), m.Betweenness?.ToString("0.####"), m.Closeness?.ToString("0.####"), m.Eigenvector?.ToString("0.####"), m.Constraint?.ToString("0.####"), m.Community?.ToString()]);
            foreach (var t in ties)
            {
                var other = t.Source == a.Id ? t.Target : t.Source;
                var arrow = !t.Directed ? "—" : t.Source == a.Id ? "→" : "←";
                Shared.Line(ctx, $"  {arrow} {names.GetValueOrDefault(other, other)}: {ctx.Vocabularies.Label(t.Kind, ctx.Language)}, {ctx.Vocabularies.Label(t.Intensity, ctx.Language)}{(t.Wave is null ? "" : text["show.wave", t.Wave])} [{t.Id}]");
            }
            return 0;
        });
        return cmd;
    }
}
