using Meic.Mapping.Graph;
using Meic.Sdk.Model;

namespace Meic.Mapping.Domain;

/// <summary>One actor's figures; a metric that was not asked for (<c>--only</c>) is null and left out of the JSON.</summary>
public sealed record ActorMetrics(
    string Id, string Name, string Group,
    int Degree, int InDegree, int OutDegree, double WeightedDegree,
    double? Betweenness, double? Closeness, double? Eigenvector, double? Constraint, double? Clustering,
    int? Community, BrokerageRoles? Brokerage);

public sealed record NetworkMetrics(
    int Actors, int Ties, bool Directed, double Density, double? Reciprocity, double DegreeCentralisation,
    int Components, int LargestComponent, double? AverageClustering, double? Transitivity, double? AveragePathLength,
    int? Communities, double? Modularity, string? Wave, string GroupedBy);

public sealed record MetricsReport(NetworkMetrics Network, IReadOnlyList<ActorMetrics> Actors);

/// <summary>The metrics `map metrics --only` can name; degree and the network's size, density and components always come.</summary>
[Flags]
public enum Metric
{
    None = 0,
    Betweenness = 1,
    Closeness = 2,
    Eigenvector = 4,
    Constraint = 8,
    Clustering = 16,
    Communities = 32,
    Brokerage = 64,
    All = Betweenness | Closeness | Eigenvector | Constraint | Clustering | Communities | Brokerage,
}

public static class MetricsCalculator
{
    /// <summary>The names <c>--only</c> accepts, in the order the help lists them.</summary>
    public static readonly IReadOnlyList<(string Name, Metric Metric)> Names =
    [
        ("betweenness", Metric.Betweenness), ("closeness", Metric.Closeness), ("eigenvector", Metric.Eigenvector),
        ("constraint", Metric.Constraint), ("clustering", Metric.Clustering), ("communities", Metric.Communities),
        ("brokerage", Metric.Brokerage),
    ];

    /// <summary>
    /// Computes the metrics asked for (every one by default); <paramref name="groupBy"/> is "sector" or "area"
    /// (first area) for brokerage roles. Betweenness, closeness and the mean path length share one search from
    /// every actor, which is most of the time: <paramref name="progress"/> is told how far it has come (0 to 1, from
    /// any thread) and <paramref name="cancel"/> stops it (<see cref="OperationCanceledException"/>).
    /// </summary>
    public static MetricsReport Compute(ActorGraph ag, string groupBy = "sector", int seed = 42, string? wave = null, Metric only = Metric.All,
        Action<double>? progress = null, CancellationToken cancel = default)
    {
        var g = ag.Graph;
        bool Want(Metric m) => (only & m) != 0;
        var groups = new string[ag.Actors.Count];
        for (var i = 0; i < groups.Length; i++)
        {
            var a = ag.Actors[i];
            groups[i] = groupBy == "area" ? a.Areas.FirstOrDefault() ?? "-" : a.Sector.ToString();
        }
        var paths = Want(Metric.Betweenness) || Want(Metric.Closeness)
            ? ShortestPaths.Compute(g, betweenness: Want(Metric.Betweenness), searched: progress is null || g.NodeCount == 0 ? null : done => progress(0.9 * done / g.NodeCount), cancel: cancel)
            : null;
        cancel.ThrowIfCancellationRequested();
        var eigen = Want(Metric.Eigenvector) ? Centrality.Eigenvector(g) : null;
        var constraint = Want(Metric.Constraint) ? Constraint.Compute(g) : null;
        var clustering = Want(Metric.Clustering) ? Clustering.Local(g) : null;
        var communities = Want(Metric.Communities) ? Louvain.Communities(g, seed) : null;
        var brokerage = Want(Metric.Brokerage) ? Brokerage.Compute(g, groups) : null;
        cancel.ThrowIfCancellationRequested();
        var comps = NetworkSummary.Components(g);
        var actors = new ActorMetrics[ag.Actors.Count];
        for (var i = 0; i < actors.Length; i++)
        {
            var a = ag.Actors[i];
            actors[i] = new ActorMetrics(
                a.Id, a.Name, groups[i],
                g.Directed ? g.In(i).Length + g.Out(i).Length : g.Out(i).Length,
                g.In(i).Length, g.Out(i).Length,
                g.Directed ? g.InStrength(i) + g.OutStrength(i) : g.OutStrength(i),
                Want(Metric.Betweenness) ? paths!.Betweenness[i] : null,
                Want(Metric.Closeness) ? paths!.Closeness[i] : null,
                eigen?[i], constraint?[i], clustering?[i],
                communities is null ? null : communities.Length > 0 ? communities[i] : 0,
                brokerage?[i]);
        }
        var network = new NetworkMetrics(
            g.NodeCount, g.EdgeCount, g.Directed, NetworkSummary.Density(g), NetworkSummary.Reciprocity(g),
            NetworkSummary.DegreeCentralisation(g), comps.Count, comps.Count == 0 ? 0 : comps[0].Count,
            clustering is null ? null : clustering.Length == 0 ? 0 : clustering.Average(),
            clustering is null ? null : Clustering.Transitivity(g),
            paths?.AveragePathLength,
            communities is null ? null : communities.Length == 0 ? 0 : communities.Max() + 1,
            communities is null ? null : Louvain.Modularity(g.ToUndirected(), communities), wave, groupBy);
        progress?.Invoke(1);
        return new MetricsReport(network, actors);
    }
}
