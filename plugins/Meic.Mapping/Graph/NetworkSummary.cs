namespace Meic.Mapping.Graph;

/// <summary>Whole-network figures.</summary>
public static class NetworkSummary
{
    /// <summary>networkx density: m/(n(n−1)) directed, 2m/(n(n−1)) undirected.</summary>
    public static double Density(NetworkGraph g)
    {
        var n = g.NodeCount;
        if (n <= 1) return 0;
        return (g.Directed ? 1.0 : 2.0) * g.EdgeCount / (n * (n - 1.0));
    }

    /// <summary>networkx overall_reciprocity: share of arcs whose reverse arc exists; null for undirected graphs.</summary>
    public static double? Reciprocity(NetworkGraph g)
    {
        if (!g.Directed) return null;
        if (g.EdgeCount == 0) return 0;
        var mutual = 0;
        for (var v = 0; v < g.NodeCount; v++) foreach (var w in g.Out(v)) if (g.HasEdge(w, v)) mutual++;
        return (double)mutual / g.EdgeCount;
    }

    /// <summary>Freeman degree centralisation on the undirected projection: Σ(max−k)/((n−1)(n−2)); 1 for a star.</summary>
    public static double DegreeCentralisation(NetworkGraph g)
    {
        var u = g.ToUndirected();
        var n = u.NodeCount;
        if (n <= 2) return 0;
        var k = Enumerable.Range(0, n).Select(v => u.Out(v).Length).ToArray();
        var max = k.Max();
        return k.Sum(d => (double)(max - d)) / ((n - 1.0) * (n - 2.0));
    }

    /// <summary>Weakly connected components, largest first; each sorted by node.</summary>
    public static List<List<int>> Components(NetworkGraph g)
    {
        var u = g.ToUndirected();
        var seen = new bool[u.NodeCount];
        var result = new List<List<int>>();
        for (var s = 0; s < u.NodeCount; s++)
        {
            if (seen[s]) continue;
            var comp = new List<int> { s }; seen[s] = true;
            for (var i = 0; i < comp.Count; i++)
                foreach (var w in u.Out(comp[i])) if (!seen[w]) { seen[w] = true; comp.Add(w); }
            comp.Sort();
            result.Add(comp);
        }
        return result.OrderByDescending(c => c.Count).ThenBy(c => c[0]).ToList();
    }

    /// <summary>
    /// Mean shortest-path length over ordered pairs that are connected (Gephi's definition);
    /// equals networkx average_shortest_path_length on a connected graph. Null when no pair is connected.
    /// </summary>
    public static double? AveragePathLength(NetworkGraph g) => ShortestPaths.Compute(g, betweenness: false).AveragePathLength;
}
