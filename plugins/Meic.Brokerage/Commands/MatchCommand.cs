using System.CommandLine;
using Meic.Brokerage.Domain;
using Meic.Brokerage.Model;
using Meic.Sdk.Plugins;
using Meic.Sdk.Text;
using Spectre.Console;

namespace Meic.Brokerage.Commands;

/// <summary>
/// <c>meic broker match</c>: for each need, the services and actors that could answer it, and the
/// gaps where none can. Proposals are recorded in <c>matches</c> so a broker can take one up.
/// </summary>
internal static class MatchCommand
{
    public static Command Create(IMeicContext ctx, Strings s)
    {
        var area = new Option<string?>("--area") { Description = s["opt.area"] };
        var top = new Option<int>("--top") { Description = s["opt.top"], DefaultValueFactory = _ => 3 };
        var command = new Command("match", s["cmd.match"]) { area, top };
        command.SetAction(p =>
        {
            var needs = NeedSources.All(ctx.Store).Where(n => p.GetValue(area) is not { } a || n.Area == a).ToList();
            var services = ctx.Store.Collection<Service>(Collections.Services).All();
            var results = Matcher.Match(needs, services, Math.Max(1, p.GetValue(top)));
            var matches = ctx.Store.Collection<Match>(Collections.Matches);
            var actors = new ServiceDirectory(ctx.Store, BrokeragePlugin.Strings(ctx)).Actors.All().ToDictionary(a => a.Id, a => a.Name);
            var report = new List<object>();
            using (var tx = ctx.Store.BeginTransaction())
            {
                foreach (var r in results)
                {
                    var rows = new List<object>();
                    foreach (var c in r.Candidates)
                    {
                        var id = Matcher.MatchId(r.Need.Id, c.Service.Id);
                        var match = matches.Get(id);
                        if (match is null)
                            match = matches.Insert(new Match
                            {
                                Id = id, NeedId = r.Need.Id, NeedDescription = r.Need.Description, ServiceId = c.Service.Id, ActorId = c.Service.ActorId,
                                Score = c.Score, Reasons = c.Reasons.ToList(), ProposedOn = ctx.Clock.Now.ToString("yyyy-MM-dd"),
                            });
                        else if (match.Score != c.Score) { match.Score = c.Score; match.Reasons = c.Reasons.ToList(); match = matches.Update(match); }
                        rows.Add(new
                        {
                            match = id, serviceId = c.Service.Id, service = c.Service.Name, actorId = c.Service.ActorId,
                            actor = actors.GetValueOrDefault(c.Service.ActorId, c.Service.ActorId), score = c.Score, reasons = c.Reasons, status = match.Status,
                        });
                    }
                    report.Add(new { need = r.Need.Id, description = r.Need.Description, area = r.Need.Area, district = r.Need.District, source = r.Need.Source, gap = r.IsGap, candidates = rows });
                }
                tx.Commit();
            }
            if (ctx.Json)
            {
                ctx.WriteJson(new { needs = report, gaps = results.Where(r => r.IsGap).Select(r => r.Need.Id) });
                return 0;
            }
            if (results.Count == 0) { Output.Line(ctx, s["needs.none"]); return 0; }
            var k = new Screens.ScreenKit(ctx);
            var areas = k.Areas();
            foreach (var r in results)
            {
                ctx.Console.Write(new Text($"{r.Need.Description}", new Style(decoration: Decoration.Bold)));
                ctx.Console.Write(new Text($"  [{r.Need.Id} · {(r.Need.Area is null ? "-" : k.AreaLabel(r.Need.Area, areas))}{(r.Need.District is null ? "" : " · " + r.Need.District)}]\n"));
                if (r.IsGap) { Output.Line(ctx, "  " + s["match.gap"]); continue; }
                foreach (var c in r.Candidates)
                    Output.Line(ctx, $"  {Matcher.MatchId(r.Need.Id, c.Service.Id)}  {c.Service.Name} — {actors.GetValueOrDefault(c.Service.ActorId, c.Service.ActorId)} ({s["score", c.Score]}: {string.Join(", ", c.Reasons.Select(k.Reason))})");
            }
            var gaps = results.Count(r => r.IsGap);
            Output.Line(ctx, s["match.summary", results.Count - gaps, gaps]);
            return 0;
        });
        return command;
    }
}
