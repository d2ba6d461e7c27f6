namespace Meic.Mapping.Graph;

/// <summary>Centralities with networkx's definitions and normalisations (unweighted shortest paths).</summary>
public static class Centrality
{
    /// <summary>
    /// Exact Brandes betweenness, O(V·E), over all sources in parallel.
    /// Normalised as networkx does: 1/((n-1)(n-2)) for directed graphs, 2/((n-1)(n-2)) for undirected ones.
    /// </summary>
    public static double[] Betweenness(NetworkGraph g, bool normalized = true, int? threads = null)
    {
        var n = g.NodeCount;
        var adj = Enumerable.Range(0, n).Select(g.Out).ToArray();
        var workers = Math.Max(1, Math.Min(threads ?? Environment.ProcessorCount, n));
        var partials = new double[workers][];
        var next = -1;
        Parallel.For(0, workers, new ParallelOptions { MaxDegreeOfParallelism = workers }, w =>
        {
            var cb = new double[n];
            var sigma = new double[n];
            var dist = new int[n];
            var delta = new double[n];
            var stack = new int[n];
            var queue = new int[n];
            var predStart = new int[n];
            var predCount = new int[n];
            var pred = new int[adj.Sum(a => a.Length)];
            // predecessors of v live in pred[predStart[v] .. predStart[v]+predCount[v]); a node has at most in-degree of them
            var inDeg = new int[n];
            foreach (var list in adj) foreach (var t in list) inDeg[t]++;
            for (int v = 0, off = 0; v < n; v++) { predStart[v] = off; off += inDeg[v]; }
            int s;
            while ((s = Interlocked.Increment(ref next)) < n)
            {
                Array.Fill(dist, -1); Array.Clear(sigma); Array.Clear(delta); Array.Clear(predCount);
                int top = 0, head = 0, tail = 0;
                sigma[s] = 1; dist[s] = 0; queue[tail++] = s;
                while (head < tail)
                {
                    var v = queue[head++];
                    stack[top++] = v;
                    var dv = dist[v] + 1;
                    foreach (var u in adj[v])
                    {
                        if (dist[u] < 0) { dist[u] = dv; queue[tail++] = u; }
                        if (dist[u] == dv) { sigma[u] += sigma[v]; pred[predStart[u] + predCount[u]++] = v; }
                    }
                }
                while (top > 0)
                {
                    var u = stack[--top];
                    var coeff = (1 + delta[u]) / sigma[u];
                    for (var i = 0; i < predCount[u]; i++) { var v = pred[predStart[u] + i]; delta[v] += sigma[v] * coeff; }
                    if (u != s) cb[u] += delta[u];
                }
            }
            partials[w] = cb;
        });
        var result = new double[n];
        foreach (var p in partials) for (var i = 0; i < n; i++) result[i] += p[i];
        double scale;
        if (normalized) scale = n <= 2 ? 1 : 1.0 / ((n - 1.0) * (n - 2.0));
        else scale = g.Directed ? 1 : 0.5;
        if (normalized && n <= 2 && !g.Directed) scale = 1;
        for (var i = 0; i < n; i++) result[i] *= scale;
        return result;
    }

    /// <summary>
    /// networkx closeness_centrality with wf_improved=True: (r-1)/Σd · (r-1)/(n-1), r = nodes that reach v (incoming distance for directed graphs).
    /// </summary>
    public static double[] Closeness(NetworkGraph g)
    {
        var n = g.NodeCount;
        var result = new double[n];
        var dist = new int[n];
        var queue = new int[n];
        for (var v = 0; v < n; v++)
        {
            Array.Fill(dist, -1);
            int head = 0, tail = 0; dist[v] = 0; queue[tail++] = v;
            long total = 0;
            while (head < tail)
            {
                var x = queue[head++];
                foreach (var y in g.In(x))
                    if (dist[y] < 0) { dist[y] = dist[x] + 1; total += dist[y]; queue[tail++] = y; }
            }
            var reached = tail;
            if (total > 0 && n > 1)
                result[v] = (reached - 1.0) / total * ((reached - 1.0) / (n - 1.0));
        }
        return result;
    }

    /// <summary>
    /// networkx eigenvector_centrality: power iteration on (A + I) over in-edges from a uniform start,
    /// Euclidean-normalised, iterated until the change is below <paramref name="tolerance"/>·n.
    /// </summary>
    public static double[]? Eigenvector(NetworkGraph g, double tolerance = 1e-13, int maxIterations = 100_000)
    {
        var n = g.NodeCount;
        if (n == 0) return Array.Empty<double>();
        var x = Enumerable.Repeat(1.0 / n, n).ToArray();
        for (var iter = 0; iter < maxIterations; iter++)
        {
            var last = x;
            x = (double[])last.Clone();
            for (var v = 0; v < n; v++)
                foreach (var u in g.Out(v)) x[u] += last[v];
            var norm = Math.Sqrt(x.Sum(a => a * a));
            if (norm == 0) norm = 1;
            for (var i = 0; i < n; i++) x[i] /= norm;
            var change = 0.0;
            for (var i = 0; i < n; i++) change += Math.Abs(x[i] - last[i]);
            if (change < n * tolerance) return x;
        }
        return null;
    }
}
