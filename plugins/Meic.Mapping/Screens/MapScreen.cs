using Meic.Mapping.Domain;
using Meic.Sdk.Model;
using Meic.Sdk.Plugins;
using Meic.Sdk.Text;
using Spectre.Console;

namespace Meic.Mapping.Screens;

/// <summary>Browse actors (by area), see an actor's ties and metrics, change its stage, see the coverage matrix.</summary>
public sealed class MapScreen(IMeicContext ctx) : IScreen
{
    public void Run(IScreenHost host)
    {
        while (true)
        {
            host.Clear("Stakeholder map");
            var choice = host.Choose("Stakeholder map", ["Actors by area", "Coverage matrix", "Metrics"]);
            if (choice is null) return;
            if (choice == 0) Actors(host);
            if (choice == 1) Coverage(host);
            if (choice == 2) Metrics(host);
        }
    }

    private void Actors(IScreenHost host)
    {
        var data = MapData.From(ctx);
        var v = new Vocabulary(data.Cluster);
        while (true)
        {
            var actors = data.Actors.All();
            host.Clear("Actors");
            var tree = new Tree(new Text(data.Cluster.Name));
            foreach (var area in data.Cluster.Areas.Select(a => a.Id).Concat(actors.SelectMany(a => a.Areas)).Distinct())
            {
                var node = tree.AddNode(new Text(v.AreaLabel(area, ctx.Language)));
                foreach (var a in actors.Where(a => a.Areas.Contains(area))) node.AddNode(new Text($"{a.Name} ({Names.Kebab(a.Sector)}, {Names.Kebab(a.Stage)})"));
            }
            host.Console.Write(tree);
            var pick = host.Choose("Open an actor", actors.Select(a => a.Name).ToList());
            if (pick is null) return;
            Actor(host, actors[pick.Value].Id);
        }
    }

    private void Actor(IScreenHost host, string id)
    {
        var data = MapData.From(ctx);
        var a = data.Actors.Get(id);
        if (a is null) return;
        var names = data.Actors.All().ToDictionary(x => x.Id, x => x.Name);
        var m = MetricsCalculator.Compute(ActorGraph.Build(data.Actors.All(), data.Ties.All())).Actors.First(x => x.Id == id);
        host.Clear(a.Name);
        host.Console.Write(new Text($"{Names.Kebab(a.Sector)} · {string.Join(", ", a.Areas)} · {a.District} · stage {Names.Kebab(a.Stage)} · {(a.NetworkKind is { } k ? Names.Kebab(k) : "-")}\n"));
        host.Console.Write(new Text($"degree {m.Degree} · betweenness {m.Betweenness:0.###} · closeness {m.Closeness:0.###} · constraint {m.Constraint:0.###}\n"));
        foreach (var t in data.Ties.All().Where(t => t.Source == id || t.Target == id))
            host.Console.Write(new Text($"  {(t.Source == id ? "→" : "←")} {names.GetValueOrDefault(t.Source == id ? t.Target : t.Source)} ({Names.Kebab(t.Kind)}, {Names.Kebab(t.Intensity)})\n"));
        var stages = Enum.GetValues<EngagementStage>();
        var pick = host.Choose("Change stage (Esc to go back)", stages.Select(s => Names.Kebab(s)).ToList());
        if (pick is null || stages[pick.Value] == a.Stage) return;
        a.Stage = stages[pick.Value];
        a.StageHistory.Add(new StageChange { Stage = a.Stage, Date = DateOnly.FromDateTime(ctx.Clock.Now.Date), Note = host.ReadLine("Note (optional)") });
        data.Actors.Update(a);
    }

    private void Coverage(IScreenHost host)
    {
        var data = MapData.From(ctx);
        var r = CoverageCalculator.Compute(data.Cluster, data.Actors.All(), data.Needs.All(), data.Population.All());
        host.Clear("Coverage");
        var t = new Table().AddColumn("area");
        foreach (var s in r.Sectors) t.AddColumn(new TableColumn(new Text(s)));
        foreach (var area in r.Areas)
            t.AddRow(new[] { new Text(area) }.Concat(r.Sectors.Select(s => { var c = r.Cells.First(x => x.Area == area && x.Sector == s); return new Text(c.Actors == 0 ? "·" : $"{c.Actors}/{c.Active}"); })).ToArray());
        host.Console.Write(t);
        foreach (var g in r.Gaps) host.Console.Write(new Text($"gap: {g.Area} — {g.Description}\n"));
        host.Console.Write(new Text("Esc to go back\n"));
        while (host.ReadKey().Key != ConsoleKey.Escape) { }
    }

    private void Metrics(IScreenHost host)
    {
        var data = MapData.From(ctx);
        var report = MetricsCalculator.Compute(ActorGraph.Build(data.Actors.All(), data.Ties.All()));
        host.Clear("Metrics");
        var chart = new BarChart().Label("betweenness").Width(70);
        foreach (var a in report.Actors.OrderByDescending(a => a.Betweenness).Take(15)) chart.AddItem(Markup.Escape(a.Name), Math.Round(a.Betweenness, 4), Color.Teal);
        host.Console.Write(chart);
        host.Console.Write(new Text($"density {report.Network.Density:0.###}, communities {report.Network.Communities}, modularity {report.Network.Modularity:0.###}\nEsc to go back\n"));
        while (host.ReadKey().Key != ConsoleKey.Escape) { }
    }
}
