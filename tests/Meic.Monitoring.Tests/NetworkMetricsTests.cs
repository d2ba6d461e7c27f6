using Meic.Monitoring.Compute;

namespace Meic.Monitoring.Tests;

public sealed class NetworkMetricsTests
{
    private static HashSet<string> Nodes(int n) => Enumerable.Range(0, n).Select(i => $"a{i}").ToHashSet();

    [Fact]
    public void Should_give_a_star_centralisation_one_and_density_of_its_spokes()
    {
        var nodes = Nodes(5);
        var pairs = NetworkMetrics.Pairs(Enumerable.Range(1, 4).Select(i => ("a0", $"a{i}")), nodes);
        NetworkMetrics.DegreeCentralisation(nodes, pairs)!.Value.ShouldBe(1.0, 1e-12);
        NetworkMetrics.Density(nodes.Count, pairs.Count)!.Value.ShouldBe(0.4, 1e-12);
    }

    [Fact]
    public void Should_give_a_complete_graph_centralisation_zero_and_density_one()
    {
        var nodes = Nodes(4);
        var ties = from a in nodes from b in nodes where string.CompareOrdinal(a, b) < 0 select (a, b);
        var pairs = NetworkMetrics.Pairs(ties, nodes);
        NetworkMetrics.DegreeCentralisation(nodes, pairs)!.Value.ShouldBe(0.0, 1e-12);
        NetworkMetrics.Density(nodes.Count, pairs.Count)!.Value.ShouldBe(1.0, 1e-12);
    }

    [Fact]
    public void Should_count_a_pair_once_and_ignore_self_ties_and_unknown_actors()
    {
        var nodes = Nodes(3);
        var pairs = NetworkMetrics.Pairs([("a0", "a1"), ("a1", "a0"), ("a2", "a2"), ("a0", "ghost")], nodes);
        pairs.Count.ShouldBe(1);
        // A line a0–a1 plus an isolate: degrees 1,1,0; max 1 → (0+0+1)/(2·1) = 0.5.
        NetworkMetrics.DegreeCentralisation(nodes, pairs)!.Value.ShouldBe(0.5, 1e-12);
    }

    [Fact]
    public void Should_report_no_data_for_too_small_networks()
    {
        NetworkMetrics.Density(1, 0).ShouldBeNull();
        NetworkMetrics.DegreeCentralisation(Nodes(2), []).ShouldBeNull();
    }
}
