using Meic.Mapping.Domain;
using Meic.Mapping.Model;
using Meic.Sdk.Model;
using Meic.Sdk.Screens;

namespace Meic.Mapping.Screens;

/// <summary>
/// <c>meic map metrics</c> as a sortable table per actor, with what the figures say in plain words beside it. The
/// figures are computed once per reading of the map, off the UI thread (<see cref="ListScreen.Background"/>): with
/// thousands of ties they take seconds, and the keys must keep working meanwhile.
/// </summary>
internal sealed class MetricsScreens(IScreenContext screen)
{
    /// <summary>The metrics the screens show; the others (eigenvector, communities, brokerage roles) are the command's.</summary>
    public const Metric Shown = Metric.Betweenness | Metric.Closeness | Metric.Constraint;

    private readonly MapWords _w = new(screen.Meic);
    private Snapshot? _read;
    private Computed? _last;

    public static ScreenView Open(IScreenContext screen) => new MetricsScreens(screen).Table();

    public ListScreen Table() => new()
    {
        Title = _w["ui.metrics.title"],
        Command = "meic map metrics",
        Help = _w["ui.metrics.help"],
        Columns =
        [
            _w["col.actor"], _w["col.sector"], new ListColumn(_w["col.degree"], true), new ListColumn(_w["col.betweenness"], true),
            new ListColumn(_w["col.closeness"], true), new ListColumn(_w["col.constraint"], true),
        ],
        // The store is read here, on the UI thread; the table until the figures come is the last one computed.
        Rows = () =>
        {
            _read = Snapshot.Read(MapData.From(screen.Meic));
            return _last?.Rows ?? [];
        },
        Background = work =>
        {
            var computed = Compute(_read ?? throw new InvalidOperationException("the rows are read before the work starts"), work);
            _last = computed;
            return computed.Rows;
        },
        Working = _w["ui.metrics.working"],
        Detail = row => _last is { } c ? Line((ActorMetrics)row.Item!) + "\n" + c.Reading : "",
        Empty = _w["ui.metrics.empty"],
        Actions = [ScreenAction.Opens("r", _w["ui.metrics.reading"], _ => ReadingText(), _ => "meic map metrics", needsRow: true)],
    };

    public TextScreen ReadingText() => new()
    {
        Title = _w["ui.metrics.reading"], Command = "meic map metrics",
        Text = () => _last?.Reading ?? _w["ui.metrics.empty"],
    };

    /// <summary>The figures and their reading, over what was read: one computation for the table and the words.</summary>
    public Computed Compute(Snapshot read, ScreenWork work)
    {
        var metrics = MetricsCalculator.Compute(ActorGraph.Build(read.Actors, read.Ties), only: Shown, progress: work.Report, cancel: work.Cancellation);
        var sectors = read.Actors.ToDictionary(a => a.Id, a => a.Sector);
        var rows = metrics.Actors.OrderByDescending(a => a.Betweenness ?? 0).ThenBy(a => a.Name)
            .Select(a => new ListRow(a.Id, [a.Name, _w.Label(sectors[a.Id]), a.Degree.ToString(), _w.Number(a.Betweenness), _w.Number(a.Closeness), _w.Number(a.Constraint)]) { Item = a })
            .ToList();
        work.Cancellation.ThrowIfCancellationRequested();
        return new Computed(rows, Reading(read, metrics));
    }

    private string Line(ActorMetrics m) =>
        m.Name + ": " + _w["ui.detail.metrics", m.Degree, _w.Number(m.Betweenness), _w.Number(m.Closeness), _w.Number(m.Constraint)];

    /// <summary>Who brokers between which sectors, who is isolated, which area lacks which sector, what changed since the last wave.</summary>
    private string Reading(Snapshot read, MetricsReport metrics)
    {
        var (actors, ties) = (read.Actors, read.Ties);
        if (actors.Count == 0) return _w["ui.metrics.empty"];
        var coverage = CoverageCalculator.Compute(read.Cluster, actors, read.Needs, read.Population);
        var reading = NetworkReading.Of(actors, ties, metrics, coverage);
        var lines = new List<string>();
        if (ties.Count == 0) lines.Add(_w["ui.metrics.noTies"]);
        else
        {
            lines.Add(_w["ui.metrics.size", _w.Text.Plural("actors.count", metrics.Network.Actors), _w.Text.Plural("ties.count", metrics.Network.Ties),
                _w.Number(metrics.Network.Density), _w.Text.Plural("ui.metrics.groups", metrics.Network.Components)]);
            if (reading.Brokers.Count == 0) lines.Add(_w["ui.metrics.noBroker"]);
            foreach (var b in reading.Brokers)
                lines.Add(_w["ui.metrics.broker", b.Name, string.Join(", ", b.Bridges.Select(s => _w.Label(s))), _w.Number(b.Betweenness)]);
        }
        if (reading.Isolated.Count > 0) lines.Add(_w["ui.metrics.isolated", string.Join(", ", reading.Isolated)]);
        foreach (var (area, missing) in reading.MissingSectors)
            lines.Add(_w["ui.coverage.lacks", _w.Area(area), string.Join(", ", missing.Select(s => _w.Label(s)))]);
        var waves = read.Waves.OrderBy(w => w.Date).ToList();
        if (waves.Count < 2) lines.Add(_w["ui.metrics.waves"]);
        else
        {
            var (from, to) = (waves[^2], waves[^1]);
            var change = WaveComparison.Of(actors, ties, from.Id, to.Id, Metric.None);
            lines.Add(_w["ui.metrics.sinceWave", WaveScreens.Name(from), WaveScreens.Name(to),
                change.Gained.Count, change.Lost.Count, _w.Number(change.From.Density), _w.Number(change.To.Density)]);
        }
        return string.Join("\n", lines);
    }

    /// <summary>What the figures are computed from, read from the store in one go on the UI thread.</summary>
    internal sealed record Snapshot(IReadOnlyList<Actor> Actors, IReadOnlyList<Relationship> Ties, Cluster Cluster,
        IReadOnlyList<Need> Needs, IReadOnlyList<PopulationFigure> Population, IReadOnlyList<Wave> Waves)
    {
        public static Snapshot Read(MapData data) =>
            new(data.Actors.All(), data.Ties.All(), data.Cluster, data.Needs.All(), data.Population.All(), data.Waves.All());
    }

    /// <summary>The table's rows and the reading in words, from one computation.</summary>
    internal sealed record Computed(IReadOnlyList<ListRow> Rows, string Reading);
}
