using System.CommandLine;
using Meic.Mapping.Domain;
using Meic.Sdk.Errors;
using Meic.Sdk.Model;
using Meic.Sdk.Plugins;

namespace Meic.Mapping.Commands;

internal static class TieAddCommand
{
    public static Command Create(IMeicContext ctx)
    {
        var source = new Argument<string>("SOURCE");
        var target = new Argument<string>("TARGET");
        var kind = new Option<string?>("--kind") { Description = "information-exchange, referral, joint-project, co-design, funding, formal-agreement" };
        var directed = new Option<bool>("--directed");
        var intensity = new Option<string?>("--intensity") { Description = "awareness, cooperation, coordination, collaboration" };
        var weight = new Option<double?>("--weight");
        var trust = new Option<double?>("--trust") { Description = "PARTNER trust score 1–4" };
        var value = new Option<double?>("--value") { Description = "PARTNER value score 1–4" };
        var since = new Option<string?>("--since") { Description = "yyyy-MM-dd" };
        var origin = new Option<string?>("--origin") { Description = "plan, survey, focus-group, agreement, referral, manual" };
        var wave = new Option<string?>("--wave");
        var cmd = new Command("add", "Add a tie between two actors") { source, target, kind, directed, intensity, weight, trust, value, since, origin, wave };
        cmd.SetAction(p =>
        {
            var data = MapData.From(ctx);
            var s = data.Find(p.GetValue(source)!, "SOURCE");
            var t = data.Find(p.GetValue(target)!, "TARGET");
            if (s.Id == t.Id) throw new InputException("a tie from an actor to itself (self-loop) is not allowed.", "TARGET");
            foreach (var (o, v) in new[] { ("--trust", p.GetValue(trust)), ("--value", p.GetValue(value)) })
                if (v is < 1 or > 4) throw new InputException("expected a score from 1 to 4.", o);
            if (p.GetValue(wave) is { } w && data.Waves.Get(w) is null)
                throw new InputException($"no wave '{w}'; add it with 'meic map waves add {w} --date yyyy-MM-dd'.", "--wave");
            var tie = new Relationship
            {
                Source = s.Id, Target = t.Id,
                Kind = p.GetValue(kind) is { } k ? Vocabulary.Parse<TieKind>(k, "--kind") : TieKind.InformationExchange,
                Directed = p.GetValue(directed),
                Intensity = p.GetValue(intensity) is { } i ? Vocabulary.Parse<TieIntensity>(i, "--intensity") : TieIntensity.Awareness,
                Weight = p.GetValue(weight) ?? 1, Trust = p.GetValue(trust), Value = p.GetValue(value),
                Since = TieImporter.Day(p.GetValue(since) ?? "", "--since"),
                Origin = p.GetValue(origin) is { } o2 ? Vocabulary.Parse<TieSource>(o2, "--origin") : TieSource.Manual,
                Wave = p.GetValue(wave),
            };
            tie = data.Ties.Insert(tie);
            ctx.Publish(new MeicEvent("tie.added", tie.Id));
            if (ctx.Json) ctx.WriteJson(tie);
            else Shared.Line(ctx, MappingPlugin.Text(ctx)["tie.added", tie.Id, s.Name, t.Name]);
            return 0;
        });
        return cmd;
    }
}
