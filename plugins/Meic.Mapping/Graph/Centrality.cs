namespace Meic.Mapping.Graph;

/// <summary>Centralities with networkx's definitions and normalisations (unweighted shortest paths).</summary>
public static class Centrality
{
    /// <summary>
    /// Exact Brandes betweenness, O(V·E), over all sources in parallel (<see cref="ShortestPaths"/>).
    /// Normalised as networkx does: 1/((n-1)(n-2)) for directed graphs, 2/((n-1)(n-2)) for undirected ones.
    /// </summary>
    public static double[] Betweenness(NetworkGraph g, bool normalized = true, int? threads = null) =>
        ShortestPaths.Compute(g, betweenness: true, normalized, threads).Betweenness;

    /// <summary>
    /// networkx closeness_centrality with wf_improved=True: (r-1)/Σd · (r-1)/(n-1), r = nodes that reach v (incoming distance for directed graphs).
    /// </summary>
    public static double[] Closeness(NetworkGraph g, int? threads = null) =>
        ShortestPaths.Compute(g, betweenness: false, threads: threads).Closeness;

    /// <summary>
    /// networkx eigenvector_centrality: power iteration on (A + I) over in-edges from a uniform start,
    /// Euclidean-normalised, iterated until the change is below <paramref name="tolerance"/>·n.
    /// </summary>
    public static double[]? Eigenvector(NetworkGraph g, double tolerance = 1e-13, int maxIterations = 100_000)
    {
        var n = g.NodeCount;
        if (n == 0) return Array.Empty<double>();
        var rows = g.OutRows;
        var off = rows.Offsets; var to = rows.Targets;
        var x = new double[n];
        var last = new double[n];
        Array.Fill(x, 1.0 / n);
        for (var iter = 0; iter < maxIterations; iter++)
        {
            (last, x) = (x, last);
            Array.Copy(last, x, n);
            for (var v = 0; v < n; v++)
            {
                var lv = last[v];
                for (int i = off[v], end = off[v + 1]; i < end; i++) x[to[i]] += lv;
            }
            var sum = 0.0;
            for (var i = 0; i < n; i++) sum += x[i] * x[i];
            var norm = Math.Sqrt(sum);
            if (norm == 0) norm = 1;
            var change = 0.0;
            for (var i = 0; i < n; i++) { x[i] /= norm; change += Math.Abs(x[i] - last[i]); }
            if (change < n * tolerance) return x;
        }
        return null;
    }
}
