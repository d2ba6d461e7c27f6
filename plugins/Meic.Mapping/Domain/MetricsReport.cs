using Meic.Mapping.Graph;
using Meic.Sdk.Model;

namespace Meic.Mapping.Domain;

public sealed record ActorMetrics(
    string Id, string Name, string Group,
    int Degree, int InDegree, int OutDegree, double WeightedDegree,
    double Betweenness, double Closeness, double? Eigenvector, double? Constraint, double Clustering,
    int Community, BrokerageRoles Brokerage);

public sealed record NetworkMetrics(
    int Actors, int Ties, bool Directed, double Density, double? Reciprocity, double DegreeCentralisation,
    int Components, int LargestComponent, double AverageClustering, double Transitivity, double? AveragePathLength,
    int Communities, double Modularity, string? Wave, string GroupedBy);

public sealed record MetricsReport(NetworkMetrics Network, IReadOnlyList<ActorMetrics> Actors);

public static class MetricsCalculator
{
    /// <summary>Computes every metric; <paramref name="groupBy"/> is "sector" or "area" (first area) for brokerage roles.</summary>
    public static MetricsReport Compute(ActorGraph ag, string groupBy = "sector", int seed = 42, string? wave = null)
    {
        var g = ag.Graph;
        var groups = ag.Actors.Select(a => groupBy == "area" ? a.Areas.FirstOrDefault() ?? "-" : a.Sector.ToString()).ToList();
        var betweenness = Centrality.Betweenness(g);
        var closeness = Centrality.Closeness(g);
        var eigen = Centrality.Eigenvector(g);
        var constraint = Constraint.Compute(g);
        var clustering = Clustering.Local(g);
        var communities = Louvain.Communities(g, seed);
        var brokerage = Brokerage.Compute(g, groups);
        var undirected = g.ToUndirected();
        var comps = NetworkSummary.Components(g);
        var actors = ag.Actors.Select((a, i) => new ActorMetrics(
            a.Id, a.Name, groups[i],
            g.Directed ? g.In(i).Length + g.Out(i).Length : g.Out(i).Length,
            g.In(i).Length, g.Out(i).Length,
            g.Directed ? g.InStrength(i) + g.OutStrength(i) : g.OutStrength(i),
            betweenness[i], closeness[i], eigen?[i], constraint[i], clustering[i], communities.Length > 0 ? communities[i] : 0, brokerage[i])).ToList();
        var network = new NetworkMetrics(
            g.NodeCount, g.EdgeCount, g.Directed, NetworkSummary.Density(g), NetworkSummary.Reciprocity(g),
            NetworkSummary.DegreeCentralisation(g), comps.Count, comps.Count == 0 ? 0 : comps[0].Count,
            clustering.Length == 0 ? 0 : clustering.Average(), Clustering.Transitivity(g), NetworkSummary.AveragePathLength(g),
            communities.Length == 0 ? 0 : communities.Max() + 1, Louvain.Modularity(undirected, communities), wave, groupBy);
        _ = undirected;
        return new MetricsReport(network, actors);
    }
}
