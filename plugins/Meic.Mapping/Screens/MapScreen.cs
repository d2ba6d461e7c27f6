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
        var text = MappingPlugin.Text(ctx);
        while (true)
        {
            host.Clear(text["screen.title"]);
            var choice = host.Choose(text["screen.title"], [text["screen.actorsByArea"], text["screen.coverage"], text["screen.metrics"]]);
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
        var text = MappingPlugin.Text(ctx);
        while (true)
        {
            var actors = data.Actors.All();
            host.Clear(text["screen.actors"]);
            var tree = new Tree(new Text(data.Cluster.Name));
            foreach (var area in data.Cluster.Areas.Select(a => a.Id).Concat(actors.SelectMany(a => a.Areas)).Distinct())
            {
                var node = tree.AddNode(new Text(v.AreaLabel(area, ctx.Language)));
                foreach (var a in actors.Where(a => a.Areas.Contains(area))) node.AddNode(new Text($"{a.Name} ({Names.Kebab(a.Sector)}, {Names.Kebab(a.Stage)})"));
            }
            host.Console.Write(tree);
            var pick = host.Choose(text["screen.openActor"], actors.Select(a => a.Name).ToList());
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
        var text = MappingPlugin.Text(ctx);
        var m = MetricsCalculator.Compute(ActorGraph.Build(data.Actors.All(), data.Ties.All())).Actors.First(x => x.Id == id);
        host.Clear(a.Name);
        host.Console.Write(new Text(text["screen.actorLine", Names.Kebab(a.Sector), string.Join(", ", a.Areas), a.District, Names.Kebab(a.Stage), a.NetworkKind is { } k ? Names.Kebab(k) : "-"] + "\n"));
        host.Console.Write(new Text(text["screen.actorMetrics", m.Degree.ToString(), m.Betweenness?.ToString("0.###"), m.Closeness?.ToString("0.###"), m.Constraint?.ToString("0.###")] + "\n"));
        foreach (var t in data.Ties.All().Where(t => t.Source == id || t.Target == id))
            host.Console.Write(new Text($"  {(t.Source == id ? "→" : "←")} {names.GetValueOrDefault(t.Source == id ? t.Target : t.Source)} ({Names.Kebab(t.Kind)}, {Names.Kebab(t.Intensity)})\n"));
        var stages = Enum.GetValues<EngagementStage>();
        var pick = host.Choose(text["screen.changeStage"], stages.Select(s => Names.Kebab(s)).ToList());
        if (pick is null || stages[pick.Value] == a.Stage) return;
        a.Stage = stages[pick.Value];
        a.StageHistory.Add(new StageChange { Stage = a.Stage, Date = DateOnly.FromDateTime(ctx.Clock.Now.Date), Note = host.ReadLine(text["screen.note"]) });
        data.Actors.Update(a);
    }

    private void Coverage(IScreenHost host)
    {
        var data = MapData.From(ctx);
        var r = CoverageCalculator.Compute(data.Cluster, data.Actors.All(), data.Needs.All(), data.Population.All());
        var text = MappingPlugin.Text(ctx);
        host.Clear(text["screen.coverage"]);
        var t = new Table().AddColumn(new TableColumn(new Text(text["col.area"])));
        foreach (var s in r.Sectors) t.AddColumn(new TableColumn(new Text(s)));
        foreach (var area in r.Areas)
            t.AddRow(new[] { new Text(area) }.Concat(r.Sectors.Select(s => { var c = r.Cells.First(x => x.Area == area && x.Sector == s); return new Text(c.Actors == 0 ? "·" : $"{c.Actors}/{c.Active}"); })).ToArray());
        host.Console.Write(t);
        foreach (var g in r.Gaps) host.Console.Write(new Text(text["screen.gap", g.Area, g.Description] + "\n"));
        host.Console.Write(new Text(text["screen.back"] + "\n"));
        while (host.ReadKey().Key != ConsoleKey.Escape) { }
    }

    private void Metrics(IScreenHost host)
    {
        var data = MapData.From(ctx);
        var report = MetricsCalculator.Compute(ActorGraph.Build(data.Actors.All(), data.Ties.All()));
        var text = MappingPlugin.Text(ctx);
        host.Clear(text["screen.metrics"]);
        var chart = new BarChart().Label(Markup.Escape(text["col.betweenness"])).Width(70);
        foreach (var a in report.Actors.OrderByDescending(a => a.Betweenness).Take(15)) chart.AddItem(Markup.Escape(a.Name), Math.Round(a.Betweenness ?? 0, 4), Color.Teal);
        host.Console.Write(chart);
        host.Console.Write(new Text(text["screen.networkLine", report.Network.Density.ToString("0.###"), report.Network.Communities, report.Network.Modularity?.ToString("0.###")] + "\n" + text["screen.back"] + "\n"));
        while (host.ReadKey().Key != ConsoleKey.Escape) { }
    }
}
