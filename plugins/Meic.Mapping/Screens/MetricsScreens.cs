using Meic.Mapping.Domain;
using Meic.Sdk.Screens;

namespace Meic.Mapping.Screens;

/// <summary><c>meic map metrics</c> as a sortable table per actor, with what the figures say in plain words.</summary>
internal sealed class MetricsScreens(IScreenContext screen)
{
    private readonly MapWords _w = new(screen.Meic);

    public static ScreenView Open(IScreenContext screen) => new MetricsScreens(screen).Table();

    public ListScreen Table() => new()
    {
        Title = _w["ui.metrics.title"],
        Command = "meic map metrics",
        Help = Reading(),
        Columns =
        [
            _w["col.actor"], _w["col.sector"], new ListColumn(_w["col.degree"], true), new ListColumn(_w["col.betweenness"], true),
            new ListColumn(_w["col.closeness"], true), new ListColumn(_w["col.constraint"], true),
        ],
        Rows = () =>
        {
            var data = MapData.From(screen.Meic);
            var actors = data.Actors.All();
            var sectors = actors.ToDictionary(a => a.Id, a => a.Sector);
            var report = MetricsCalculator.Compute(ActorGraph.Build(actors, data.Ties.All()));
            return report.Actors.OrderByDescending(a => a.Betweenness ?? 0).ThenBy(a => a.Name)
                .Select(a => new ListRow(a.Id, [a.Name, _w.Label(sectors[a.Id]), a.Degree.ToString(), _w.Number(a.Betweenness), _w.Number(a.Closeness), _w.Number(a.Constraint)]) { Item = a })
                .ToList();
        },
        Empty = _w["ui.metrics.empty"],
        Actions = [ScreenAction.Opens("r", _w["ui.metrics.reading"], _ => ReadingText(), _ => "meic map metrics")],
    };

    public TextScreen ReadingText() => new() { Title = _w["ui.metrics.reading"], Command = "meic map metrics", Text = Reading };

    /// <summary>Who brokers between which sectors, who is isolated, which area lacks which sector.</summary>
    public string Reading()
    {
        var data = MapData.From(screen.Meic);
        var actors = data.Actors.All();
        var ties = data.Ties.All();
        if (actors.Count == 0) return _w["ui.metrics.empty"];
        var metrics = MetricsCalculator.Compute(ActorGraph.Build(actors, ties));
        var coverage = CoverageCalculator.Compute(data.Cluster, actors, data.Needs.All(), data.Population.All());
        var reading = NetworkReading.Of(actors, ties, metrics, coverage);
        var lines = new List<string>();
        if (ties.Count == 0) lines.Add(_w["ui.metrics.noTies"]);
        else
        {
            lines.Add(_w["ui.metrics.size", metrics.Network.Actors, metrics.Network.Ties, _w.Number(metrics.Network.Density), metrics.Network.Components]);
            if (reading.Brokers.Count == 0) lines.Add(_w["ui.metrics.noBroker"]);
            foreach (var b in reading.Brokers)
                lines.Add(_w["ui.metrics.broker", b.Name, string.Join(", ", b.Bridges.Select(s => _w.Label(s))), _w.Number(b.Betweenness)]);
        }
        if (reading.Isolated.Count > 0) lines.Add(_w["ui.metrics.isolated", string.Join(", ", reading.Isolated)]);
        foreach (var (area, missing) in reading.MissingSectors)
            lines.Add(_w["ui.coverage.lacks", _w.Area(area), string.Join(", ", missing.Select(s => _w.Label(s)))]);
        var waves = data.Waves.All().OrderBy(w => w.Date).ToList();
        if (waves.Count < 2) lines.Add(_w["ui.metrics.waves"]);
        else
        {
            var (from, to) = (waves[^2], waves[^1]);
            var change = WaveComparison.Of(actors, ties, from.Id, to.Id);
            lines.Add(_w["ui.metrics.sinceWave", from.Label is { Length: > 0 } l1 ? l1 : from.Id, to.Label is { Length: > 0 } l2 ? l2 : to.Id,
                change.Gained.Count, change.Lost.Count, _w.Number(change.From.Density), _w.Number(change.To.Density)]);
        }
        return string.Join("\n", lines);
    }
}
