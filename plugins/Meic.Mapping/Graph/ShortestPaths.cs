namespace Meic.Mapping.Graph;

/// <summary>What one breadth-first search from every actor gives: betweenness, closeness and the mean path length.</summary>
public sealed record PathFigures(double[] Betweenness, double[] Closeness, double? AveragePathLength);

/// <summary>
/// Unweighted shortest paths from every source, once, shared by the metrics that need them: Brandes'
/// dependency accumulation for betweenness, and the distance sums for closeness and the mean path length
/// (each source's search gives d(s, v) for every v it reaches, which is the incoming distance closeness needs
/// at v). Three all-pairs searches were the bulk of `map metrics`; this is one.
/// Sources are shared out in small batches between threads, each with its own arrays, summed at the end.
/// </summary>
public static class ShortestPaths
{
    private const int Batch = 8;

    /// <param name="searched">told, from any thread, how many sources have been searched so far (a screen's progress).</param>
    /// <param name="cancel">stops the searches between batches; the call then throws <see cref="OperationCanceledException"/>.</param>
    public static PathFigures Compute(NetworkGraph g, bool betweenness = true, bool normalized = true, int? threads = null,
        Action<int>? searched = null, CancellationToken cancel = default)
    {
        var n = g.NodeCount;
        var fwd = g.OutRows;
        var back = g.InRows;
        var workers = Math.Max(1, Math.Min(threads ?? Environment.ProcessorCount, (n + Batch - 1) / Batch));
        var parts = new Partial[workers];
        var next = 0;
        var done = 0;
        void Work(int w)
        {
            var p = parts[w] = new Partial(n, betweenness);
            int start;
            // A cancelled search ends its thread quietly; only the calling thread throws, after the others have joined.
            while (!cancel.IsCancellationRequested && (start = Interlocked.Add(ref next, Batch) - Batch) < n)
            {
                var end = Math.Min(n, start + Batch);
                for (var s = start; s < end; s++) p.From(s, fwd, back);
                if (searched is not null) searched(Interlocked.Add(ref done, end - start));
            }
        }
        if (workers == 1) Work(0);
        else
        {
            var others = new Thread[workers - 1];
            for (var i = 0; i < others.Length; i++)
            {
                var w = i + 1;
                others[i] = new Thread(() => Work(w)) { IsBackground = true, Name = "shortest paths" };
                others[i].Start();
            }
            Work(0);
            foreach (var t in others) t.Join();
        }
        cancel.ThrowIfCancellationRequested();

        var cb = new double[n];
        var inTotal = new long[n];
        var inReached = new long[n];
        foreach (var p in parts)
            for (var i = 0; i < n; i++)
            {
                if (betweenness) cb[i] += p.Cb![i];
                inTotal[i] += p.InTotal[i];
                inReached[i] += p.InReached[i];
            }
        if (betweenness)
        {
            double scale;
            if (normalized) scale = n <= 2 ? 1 : 1.0 / ((n - 1.0) * (n - 2.0));
            else scale = g.Directed ? 1 : 0.5;
            for (var i = 0; i < n; i++) cb[i] *= scale;
        }
        // networkx closeness_centrality, wf_improved: (r-1)/Σd · (r-1)/(n-1), r counting v itself
        var closeness = new double[n];
        long total = 0, pairs = 0;
        for (var v = 0; v < n; v++)
        {
            total += inTotal[v]; pairs += inReached[v];
            if (inTotal[v] > 0 && n > 1) closeness[v] = inReached[v] / (double)inTotal[v] * (inReached[v] / (n - 1.0));
        }
        return new PathFigures(betweenness ? cb : [], closeness, pairs == 0 ? null : (double)total / pairs);
    }

    /// <summary>One thread's arrays: reset after each source only where the search went.</summary>
    private sealed class Partial
    {
        private readonly int[] _dist, _order;
        private readonly double[]? _sigma, _delta;
        public readonly double[]? Cb;
        public readonly long[] InTotal, InReached;

        public Partial(int n, bool betweenness)
        {
            _dist = new int[n]; Array.Fill(_dist, -1);
            _order = new int[n];
            InTotal = new long[n]; InReached = new long[n];
            if (betweenness) { _sigma = new double[n]; _delta = new double[n]; Cb = new double[n]; }
        }

        public void From(int s, Rows fwd, Rows back)
        {
            var dist = _dist; var order = _order; var sigma = _sigma; var delta = _delta;
            var off = fwd.Offsets; var to = fwd.Targets;
            int head = 0, tail = 0;
            dist[s] = 0; order[tail++] = s;
            if (sigma is null)
            {
                while (head < tail)
                {
                    var v = order[head++];
                    var dv = dist[v] + 1;
                    for (int i = off[v], end = off[v + 1]; i < end; i++)
                    {
                        var u = to[i];
                        if (dist[u] < 0) { dist[u] = dv; order[tail++] = u; InTotal[u] += dv; InReached[u]++; }
                    }
                }
            }
            else
            {
                sigma[s] = 1;
                while (head < tail)
                {
                    var v = order[head++];
                    var dv = dist[v] + 1;
                    var sv = sigma[v];
                    for (int i = off[v], end = off[v + 1]; i < end; i++)
                    {
                        var u = to[i];
                        var du = dist[u];
                        if (du < 0) { dist[u] = dv; sigma[u] = sv; order[tail++] = u; InTotal[u] += dv; InReached[u]++; }
                        else if (du == dv) sigma[u] += sv;
                    }
                }
                // the search order read backwards visits every node after all those further from s
                var boff = back.Offsets; var from = back.Targets; var cb = Cb!;
                for (var k = tail - 1; k > 0; k--)
                {
                    var w = order[k];
                    var coeff = (1 + delta![w]) / sigma[w];
                    var dw = dist[w] - 1;
                    for (int i = boff[w], end = boff[w + 1]; i < end; i++)
                    {
                        var v = from[i];
                        if (dist[v] == dw) delta[v] += sigma[v] * coeff;
                    }
                    cb[w] += delta[w];
                }
                for (var k = 0; k < tail; k++) delta![order[k]] = 0;
            }
            for (var k = 0; k < tail; k++) dist[order[k]] = -1;
        }
    }
}
