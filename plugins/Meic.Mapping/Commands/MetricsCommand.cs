using System.CommandLine;
using Meic.Mapping.Domain;
using Meic.Sdk.Errors;
using Meic.Sdk.Plugins;
using Spectre.Console;

namespace Meic.Mapping.Commands;

/// <summary><c>meic map metrics [--wave W] [--undirected] [--by sector|area] [--top N] [--only betweenness,closeness,…]</c>.</summary>
internal static class MetricsCommand
{
    public static Command Create(IMeicContext ctx)
    {
        var text = MappingPlugin.Text(ctx);
        var wave = new Option<string?>("--wave") { Description = text["opt.waveTies"] };
        var undirected = new Option<bool>("--undirected") { Description = text["opt.undirected"] };
        var by = new Option<string>("--by") { Description = text["opt.by"], DefaultValueFactory = _ => "sector" };
        by.AcceptOnlyFromAmong("sector", "area");
        var top = new Option<int>("--top") { Description = text["opt.top"], DefaultValueFactory = _ => 10 };
        var seed = new Option<int>("--seed") { Description = text["opt.seed"], DefaultValueFactory = _ => 42 };
        var only = new Option<string?>("--only") { Description = text["opt.only", string.Join(",", MetricsCalculator.Names.Select(m => m.Name))], HelpName = "METRIC,…" };
        var cmd = new Command("metrics", text["cmd.metrics"]) { wave, undirected, by, top, seed, only };
        cmd.SetAction(p =>
        {
            var metrics = Parse(p.GetValue(only), text);
            var data = MapData.From(ctx);
            if (p.GetValue(wave) is { } w && data.Waves.Get(w) is null && !data.Ties.All().Any(t => t.Wave == w))
                throw new InputException(text["err.noWave", w], "--wave");
            var ag = ActorGraph.Build(data.Actors.All(), data.Ties.All(), p.GetValue(wave), p.GetValue(undirected));
            var report = MetricsCalculator.Compute(ag, p.GetValue(by)!, p.GetValue(seed), p.GetValue(wave), metrics);
            if (ctx.Json) { MetricsJson.Write(ctx.Out, report); return 0; }
            var n = report.Network;
            ctx.Console.Write(new Rule(text["metrics.network"]));
            Shared.Line(ctx, text["metrics.summary1", n.Actors, n.Ties, n.Directed ? text["metrics.directed"] : text["metrics.undirected"], n.Density.ToString("0.####"), n.Reciprocity is { } r ? r.ToString("0.####") : "-"]);
            Shared.Line(ctx, text["metrics.summary2", n.DegreeCentralisation.ToString("0.####"), n.Components, n.LargestComponent, n.AverageClustering?.ToString("0.####") ?? "-", n.Transitivity?.ToString("0.####") ?? "-"]);
            Shared.Line(ctx, text["metrics.summary3", n.AveragePathLength is { } l ? l.ToString("0.####") : "-", n.Communities?.ToString() ?? "-", n.Modularity?.ToString("0.####") ?? "-"]);
            ctx.Console.Write(new Rule(text["metrics.actors"]));
            var t = Shared.NewTable(text["col.actor"], text["col.deg"], text["col.in"], text["col.out"], text["col.wdeg"], text["col.betweenness"], text["col.closeness"], text["col.eigenvector"], text["col.constraint"], text["col.community"], text["col.brokerage"]);
            foreach (var a in report.Actors.OrderByDescending(a => a.Betweenness ?? a.Closeness ?? a.Degree).ThenBy(a => a.Name))
                Shared.Row(t, a.Name, a.Degree.ToString(), a.InDegree.ToString(), a.OutDegree.ToString(), a.WeightedDegree.ToString("0.##"),
                    a.Betweenness?.ToString("0.####") ?? "-", a.Closeness?.ToString("0.####") ?? "-", a.Eigenvector?.ToString("0.####") ?? "-",
                    a.Constraint?.ToString("0.####") ?? "-", a.Community?.ToString() ?? "-",
                    a.Brokerage is { } b ? $"{b.Coordinator}/{b.Gatekeeper}/{b.Representative}/{b.Itinerant}/{b.Liaison}" : "-");
            ctx.Console.Write(t);
            foreach (var (title, pick, shown) in new (string, Func<ActorMetrics, double>, bool)[]
            {
                (text["col.betweenness"], a => a.Betweenness ?? 0, (metrics & Metric.Betweenness) != 0),
                (text["col.degree"], a => a.Degree, true),
                (text["col.eigenvector"], a => a.Eigenvector ?? 0, (metrics & Metric.Eigenvector) != 0),
            })
            {
                if (!shown) continue;
                var chart = new BarChart().Label(Markup.Escape(title)).Width(70);
                foreach (var a in report.Actors.OrderByDescending(pick).Take(p.GetValue(top)))
                    chart.AddItem(Markup.Escape(a.Name.Length > 28 ? a.Name[..28] : a.Name), Math.Round(pick(a), 4), Color.Teal);
                ctx.Console.Write(chart);
            }
            return 0;
        });
        return cmd;
    }

    /// <summary>The metrics <c>--only</c> names, comma-separated; every metric without it.</summary>
    internal static Metric Parse(string? only, Meic.Sdk.Text.Strings text)
    {
        if (only is null) return Metric.All;
        var result = Metric.None;
        foreach (var part in only.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var found = MetricsCalculator.Names.FirstOrDefault(m => string.Equals(m.Name, part, StringComparison.OrdinalIgnoreCase));
            if (found.Name is null)
                throw new InputException(text["err.unknownMetric", part, string.Join(", ", MetricsCalculator.Names.Select(m => m.Name))], "--only");
            result |= found.Metric;
        }
        if (result == Metric.None)
            throw new InputException(text["err.unknownMetric", only, string.Join(", ", MetricsCalculator.Names.Select(m => m.Name))], "--only");
        return result;
    }
}
