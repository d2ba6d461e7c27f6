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
        var text = MappingPlugin.Text(ctx);
        var source = new Argument<string>("SOURCE") { Description = text["arg.source"] };
        var target = new Argument<string>("TARGET") { Description = text["arg.target"] };
        var kind = new Option<string?>("--kind") { Description = text["opt.kind", "information-exchange, referral, joint-project, co-design, funding, formal-agreement"] };
        var directed = new Option<bool>("--directed") { Description = text["opt.directed"] };
        var intensity = new Option<string?>("--intensity") { Description = text["opt.intensity", "awareness, cooperation, coordination, collaboration"] };
        var weight = new Option<double?>("--weight") { Description = text["opt.weight"] };
        var trust = new Option<double?>("--trust") { Description = text["opt.trust"] };
        var value = new Option<double?>("--value") { Description = text["opt.value"] };
        var since = new Option<string?>("--since") { Description = text["opt.since"] };
        var origin = new Option<string?>("--origin") { Description = text["opt.origin", "plan, survey, focus-group, agreement, referral, manual"] };
        var wave = new Option<string?>("--wave") { Description = text["opt.tieWave"] };
        var cmd = new Command("add", text["cmd.ties.add"]) { source, target, kind, directed, intensity, weight, trust, value, since, origin, wave };
        cmd.SetAction(p =>
        {
            var data = MapData.From(ctx);
            var s = data.Find(p.GetValue(source)!, "SOURCE");
            var t = data.Find(p.GetValue(target)!, "TARGET");
            if (s.Id == t.Id) throw new InputException(text["err.selfLoop"], "TARGET");
            foreach (var (o, v) in new[] { ("--trust", p.GetValue(trust)), ("--value", p.GetValue(value)) })
                if (v is < 1 or > 4) throw new InputException(text["err.score"], o);
            if (p.GetValue(wave) is { } w && data.Waves.Get(w) is null)
                throw new InputException(text["err.noWaveAdd", w], "--wave");
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
            else Shared.Line(ctx, text["tie.added", tie.Id, s.Name, t.Name]);
            return 0;
        });
        return cmd;
    }
}
