using Meic.Mapping.Domain;
using Meic.Mapping.Graph;
using Meic.Sdk.Model;

namespace Meic.Mapping.Tests;

/// <summary>Reference values are networkx's own (its test suite and docs), re-derived by hand as exact fractions.</summary>
public sealed class MetricsTests
{
    private const double Tol = 1e-9;

    private static NetworkGraph Undirected(int n, params (int, int)[] edges) => NetworkGraph.Create(n, false, edges);

    // networkx.krackhardt_kite_graph()
    private static NetworkGraph Kite() => Undirected(10,
        (0, 1), (0, 2), (0, 3), (0, 5), (1, 3), (1, 4), (1, 6), (2, 3), (2, 5), (3, 4), (3, 5), (3, 6), (4, 6), (5, 6), (5, 7), (6, 7), (7, 8), (8, 9));

    [Fact]
    public void Should_normalise_undirected_betweenness_as_networkx_on_a_path()
    {
        var b = Centrality.Betweenness(Undirected(5, (0, 1), (1, 2), (2, 3), (3, 4)));
        b.ShouldBe(new[] { 0, 0.5, 2.0 / 3, 0.5, 0 }, Tol);
    }

    [Fact]
    public void Should_match_networkx_betweenness_on_the_krackhardt_kite()
    {
        // networkx test_krackhardt_kite_graph: raw/2 = 5/6, 5/6, 0, 11/3, 0, 25/3, 25/3, 14, 8, 0; normalised by (n-1)(n-2)/2 = 36
        var b = Centrality.Betweenness(Kite());
        var expected = new[] { 5.0 / 6, 5.0 / 6, 0, 11.0 / 3, 0, 25.0 / 3, 25.0 / 3, 14, 8, 0 }.Select(x => x / 36).ToArray();
        b.ShouldBe(expected, Tol);
        Centrality.Betweenness(Kite(), normalized: false).ShouldBe(new[] { 5.0 / 6, 5.0 / 6, 0, 11.0 / 3, 0, 25.0 / 3, 25.0 / 3, 14, 8, 0 }, Tol);
    }

    [Fact]
    public void Should_give_the_same_betweenness_with_one_thread_and_many()
    {
        Centrality.Betweenness(Kite(), threads: 1).ShouldBe(Centrality.Betweenness(Kite(), threads: 4), Tol);
    }

    [Fact]
    public void Should_normalise_directed_betweenness_by_n_minus_1_times_n_minus_2()
    {
        var b = Centrality.Betweenness(NetworkGraph.Create(3, true, [(0, 1), (1, 2)]));
        b.ShouldBe(new[] { 0, 0.5, 0 }, Tol);
    }

    [Fact]
    public void Should_match_networkx_closeness_on_the_kite_with_wf_improved()
    {
        var c = Centrality.Closeness(Kite());
        c[0].ShouldBe(9.0 / 17, Tol);
        c[3].ShouldBe(9.0 / 15, Tol);
        c[5].ShouldBe(9.0 / 14, Tol);
        c[9].ShouldBe(9.0 / 29, Tol);
    }

    [Fact]
    public void Should_use_incoming_distance_for_directed_closeness_and_scale_by_reach()
    {
        var c = Centrality.Closeness(NetworkGraph.Create(3, true, [(0, 1), (1, 2)]));
        c.ShouldBe(new[] { 0, 0.5, 2.0 / 3 }, Tol);
        // an isolated node keeps 0, and the others are scaled by (r-1)/(n-1)
        Centrality.Closeness(NetworkGraph.Create(3, false, [(0, 1)])).ShouldBe(new[] { 0.5, 0.5, 0 }, Tol);
    }

    [Fact]
    public void Should_match_the_exact_eigenvector_of_a_star_and_a_complete_graph()
    {
        var star = Centrality.Eigenvector(Undirected(4, (0, 1), (0, 2), (0, 3)))!;
        star[0].ShouldBe(1 / Math.Sqrt(2), Tol);
        star[1].ShouldBe(1 / Math.Sqrt(6), Tol);
        var k5 = Centrality.Eigenvector(Undirected(5, (0, 1), (0, 2), (0, 3), (0, 4), (1, 2), (1, 3), (1, 4), (2, 3), (2, 4), (3, 4)))!;
        k5.ShouldAllBe(x => Math.Abs(x - 1 / Math.Sqrt(5)) < Tol);
        // networkx docs: path_graph(3) → 0.5, 0.7071, 0.5
        Centrality.Eigenvector(Undirected(3, (0, 1), (1, 2)))!.ShouldBe(new[] { 0.5, Math.Sqrt(0.5), 0.5 }, Tol);
    }

    [Fact]
    public void Should_compute_local_and_average_clustering_and_transitivity()
    {
        var g = Undirected(4, (0, 1), (0, 2), (1, 2), (0, 3));
        Clustering.Local(g).ShouldBe(new[] { 1.0 / 3, 1, 1, 0 }, Tol);
        Clustering.Average(g).ShouldBe(7.0 / 12, Tol);
        Clustering.Transitivity(g).ShouldBe(0.6, Tol);
    }

    [Fact]
    public void Should_match_networkx_constraint_on_its_directed_test_graph()
    {
        // networkx test_structuralholes: D = 0→1, 0→2, 1→0, 2→1; expected 1.003, 1.003, 1.389 (exactly 325/324, 325/324, 50/36)
        var c = Constraint.Compute(NetworkGraph.Create(3, true, [(0, 1), (0, 2), (1, 0), (2, 1)]));
        c[0]!.Value.ShouldBe(325.0 / 324, Tol);
        c[1]!.Value.ShouldBe(325.0 / 324, Tol);
        c[2]!.Value.ShouldBe(50.0 / 36, Tol);
    }

    [Fact]
    public void Should_match_networkx_constraint_on_its_undirected_test_graph()
    {
        // A B C D E F G = 0..6; networkx expects G 0.400, A 0.595, C 1
        var g = Undirected(7, (0, 1), (0, 5), (0, 6), (0, 4), (4, 6), (5, 6), (1, 6), (1, 3), (3, 6), (6, 2));
        var c = Constraint.Compute(g);
        c[2]!.Value.ShouldBe(1, Tol);
        c[6]!.Value.ShouldBe(0.400, 1e-3);
        c[0]!.Value.ShouldBe(0.595, 1e-3);
        Constraint.Compute(Undirected(2))[0].ShouldBeNull();
    }

    [Fact]
    public void Should_find_two_cliques_and_their_modularity_deterministically()
    {
        var edges = new List<(int, int)>();
        for (var i = 0; i < 5; i++) for (var j = i + 1; j < 5; j++) { edges.Add((i, j)); edges.Add((i + 5, j + 5)); }
        edges.Add((4, 5));
        var g = NetworkGraph.Create(10, false, edges);
        var c = Louvain.Communities(g, seed: 7);
        c.Distinct().Count().ShouldBe(2);
        c.Take(5).Distinct().Count().ShouldBe(1);
        c.Skip(5).Distinct().Count().ShouldBe(1);
        Louvain.Modularity(g, c).ShouldBe(20.0 / 21 - 0.5, Tol);
        Louvain.Communities(g, seed: 7).ShouldBe(c);
    }

    [Fact]
    public void Should_compute_density_reciprocity_components_and_path_length()
    {
        var d = NetworkGraph.Create(4, true, [(0, 1), (1, 0), (1, 2)]);
        NetworkSummary.Density(d).ShouldBe(3.0 / 12, Tol);
        NetworkSummary.Reciprocity(d)!.Value.ShouldBe(2.0 / 3, Tol);
        NetworkSummary.Components(d).Count.ShouldBe(2);
        var path = Undirected(4, (0, 1), (1, 2), (2, 3));
        NetworkSummary.AveragePathLength(path)!.Value.ShouldBe(20.0 / 12, Tol);
        NetworkSummary.Density(path).ShouldBe(0.5, Tol);
        NetworkSummary.DegreeCentralisation(Undirected(4, (0, 1), (0, 2), (0, 3))).ShouldBe(1, Tol);
    }

    [Fact]
    public void Should_classify_gould_fernandez_brokerage_roles()
    {
        // a→b→c with no a→c; groups decide the role of b
        BrokerageRoles Role(string a, string b, string c) => Brokerage.Compute(NetworkGraph.Create(3, true, [(0, 1), (1, 2)]), [a, b, c])[1];
        Role("x", "x", "x").Coordinator.ShouldBe(1);
        Role("x", "y", "x").Itinerant.ShouldBe(1);
        Role("x", "x", "y").Representative.ShouldBe(1);
        Role("x", "y", "y").Gatekeeper.ShouldBe(1);
        Role("x", "y", "z").Liaison.ShouldBe(1);
        Brokerage.Compute(NetworkGraph.Create(3, true, [(0, 1), (1, 2), (0, 2)]), ["x", "x", "x"])[1].Total.ShouldBe(0);
    }

    // The kite as actors and ties, one directed tie among them so reciprocity and in/out degrees are filled.
    private static ActorGraph KiteActors(bool directed)
    {
        var kite = Kite();
        var actors = Enumerable.Range(0, kite.NodeCount).Select(i => new Actor
        {
            Id = $"a{i}", Name = i == 3 ? "Casa \"Diritti\" – Roma ü" : $"Actor {i}",
            Sector = i % 2 == 0 ? Sector.ThirdSector : Sector.Company, Areas = [i % 3 == 0 ? "work" : "housing"],
        }).ToList();
        var ties = Enumerable.Range(0, kite.NodeCount).SelectMany(v => kite.Out(v).Where(w => w > v)
            .Select(w => new Relationship { Source = $"a{v}", Target = $"a{w}", Directed = directed && v == 0, Weight = v == 1 ? 2.5 : 1 })).ToList();
        return ActorGraph.Build(actors, ties);
    }

    [Theory]
    [InlineData(false, "all")]
    [InlineData(true, "all")]
    [InlineData(false, "betweenness,closeness")]
    [InlineData(true, "communities,brokerage")]
    [InlineData(false, "eigenvector")]
    public void Should_write_the_metrics_report_as_the_serializer_does(bool directed, string only)
    {
        var metrics = only == "all" ? Metric.All : Meic.Mapping.Commands.MetricsCommand.Parse(only, Meic.Sdk.Text.Strings.Load(typeof(Metric).Assembly, "Meic.Mapping.strings", "en"));
        var report = MetricsCalculator.Compute(KiteActors(directed), "area", 42, directed ? "w1" : null, metrics);
        var written = new StringWriter();

        MetricsJson.Write(written, report);

        written.ToString().ShouldBe(Newtonsoft.Json.JsonConvert.SerializeObject(report, Meic.Sdk.Text.Json.Indented) + Environment.NewLine);
    }

    [Fact]
    public void Should_compute_only_the_metrics_asked_for_and_the_same_values_as_all()
    {
        var all = MetricsCalculator.Compute(KiteActors(false));
        var some = MetricsCalculator.Compute(KiteActors(false), only: Metric.Betweenness | Metric.Closeness);

        some.Actors.Select(a => a.Betweenness).ShouldBe(all.Actors.Select(a => a.Betweenness));
        some.Actors.Select(a => a.Closeness).ShouldBe(all.Actors.Select(a => a.Closeness));
        some.Actors.ShouldAllBe(a => a.Eigenvector == null && a.Community == null && a.Brokerage == null && a.Clustering == null);
        some.Network.Modularity.ShouldBeNull();
        some.Network.AveragePathLength.ShouldBe(all.Network.AveragePathLength);
        Should.Throw<Meic.Sdk.Errors.InputException>(() => Meic.Mapping.Commands.MetricsCommand.Parse("betweenness,pagerank",
            Meic.Sdk.Text.Strings.Load(typeof(Metric).Assembly, "Meic.Mapping.strings", "it"))).Message.ShouldContain("pagerank");
    }

    [Fact]
    public void Should_reach_the_same_betweenness_closeness_and_path_length_from_one_search_as_from_definitions()
    {
        // a directed graph with an unreachable part: closeness counts incoming distance, scaled by reach
        var g = NetworkGraph.Create(6, true, [(0, 1), (1, 2), (2, 0), (2, 3), (3, 4), (5, 4)]);
        var paths = ShortestPaths.Compute(g, threads: 2);
        paths.Betweenness.ShouldBe(Centrality.Betweenness(g, threads: 1), Tol);
        // closeness of 4: reached from 3 (1), 5 (1), 2 (2), 1 (3), 0 (4): r-1 = 5, Σd = 11, scaled 5/5
        paths.Closeness[4].ShouldBe(5.0 / 11, Tol);
        paths.Closeness[5].ShouldBe(0);
        // ordered reachable pairs and their distances, summed by hand
        paths.AveragePathLength!.Value.ShouldBe(26.0 / 14, Tol);
    }
}
