using System.CommandLine;
using Meic.Mapping.Domain;
using Meic.Sdk.Errors;
using Meic.Sdk.Plugins;
using Spectre.Console;

namespace Meic.Mapping.Commands;

/// <summary><c>meic map metrics [--wave W] [--undirected] [--by sector|area] [--top N]</c>.</summary>
internal static class MetricsCommand
{
    public static Command Create(IMeicContext ctx)
    {
        var wave = new Option<string?>("--wave") { Description = "Only ties recorded in this survey wave" };
        var undirected = new Option<bool>("--undirected") { Description = "Treat every tie as undirected" };
        var by = new Option<string>("--by") { Description = "Groups for brokerage roles: sector or area", DefaultValueFactory = _ => "sector" };
        by.AcceptOnlyFromAmong("sector", "area");
        var top = new Option<int>("--top") { Description = "How many actors the bar charts show", DefaultValueFactory = _ => 10 };
        var seed = new Option<int>("--seed") { Description = "Seed for Louvain (same seed, same communities)", DefaultValueFactory = _ => 42 };
        var cmd = new Command("metrics", "Network metrics per actor and for the whole network (networkx definitions)") { wave, undirected, by, top, seed };
        cmd.SetAction(p =>
        {
            var data = MapData.From(ctx);
            if (p.GetValue(wave) is { } w && data.Waves.Get(w) is null && !data.Ties.All().Any(t => t.Wave == w))
                throw new InputException($"no wave '{w}'.", "--wave");
            var ag = ActorGraph.Build(data.Actors.All(), data.Ties.All(), p.GetValue(wave), p.GetValue(undirected));
            var report = MetricsCalculator.Compute(ag, p.GetValue(by)!, p.GetValue(seed), p.GetValue(wave));
            if (ctx.Json) { ctx.WriteJson(report); return 0; }
            var text = MappingPlugin.Text(ctx);
            var n = report.Network;
            ctx.Console.Write(new Rule(text["metrics.network"]));
            Shared.Line(ctx, $"actors {n.Actors}, ties {n.Ties}, {(n.Directed ? "directed" : "undirected")}, density {n.Density:0.####}, reciprocity {(n.Reciprocity is { } r ? r.ToString("0.####") : "-")}");
            Shared.Line(ctx, $"degree centralisation {n.DegreeCentralisation:0.####}, components {n.Components} (largest {n.LargestComponent}), clustering {n.AverageClustering:0.####}, transitivity {n.Transitivity:0.####}");
            Shared.Line(ctx, $"average path length {(n.AveragePathLength is { } l ? l.ToString("0.####") : "-")}, communities {n.Communities} (modularity {n.Modularity:0.####})");
            ctx.Console.Write(new Rule(text["metrics.actors"]));
            var t = Shared.NewTable("actor", "deg", "in", "out", "w.deg", "betweenness", "closeness", "eigenvector", "constraint", "comm.", "brokerage (co/gk/rep/it/li)");
            foreach (var a in report.Actors.OrderByDescending(a => a.Betweenness).ThenBy(a => a.Name))
                Shared.Row(t, a.Name, a.Degree.ToString(), a.InDegree.ToString(), a.OutDegree.ToString(), a.WeightedDegree.ToString("0.##"),
                    a.Betweenness.ToString("0.####"), a.Closeness.ToString("0.####"), a.Eigenvector?.ToString("0.####") ?? "-",
                    a.Constraint?.ToString("0.####") ?? "-", a.Community.ToString(),
                    $"{a.Brokerage.Coordinator}/{a.Brokerage.Gatekeeper}/{a.Brokerage.Representative}/{a.Brokerage.Itinerant}/{a.Brokerage.Liaison}");
            ctx.Console.Write(t);
            foreach (var (title, pick) in new (string, Func<ActorMetrics, double>)[] { ("betweenness", a => a.Betweenness), ("degree", a => a.Degree), ("eigenvector", a => a.Eigenvector ?? 0) })
            {
                var chart = new BarChart().Label(title).Width(70);
                foreach (var a in report.Actors.OrderByDescending(pick).Take(p.GetValue(top)))
                    chart.AddItem(Markup.Escape(a.Name.Length > 28 ? a.Name[..28] : a.Name), Math.Round(pick(a), 4), Color.Teal);
                ctx.Console.Write(chart);
            }
            return 0;
        });
        return cmd;
    }
}
