namespace Meic.Mapping.Graph;

/// <summary>
/// Louvain community detection (Blondel et al. 2008) on the undirected weighted projection,
/// deterministic for a given seed (it fixes the order nodes are visited in), and networkx's modularity.
/// Each level works on compressed rows with flat arrays indexed by community (no dictionaries): the
/// moving phase is a scan of a node's neighbours, the aggregation one pass over the edges.
/// </summary>
public static class Louvain
{
    public static int[] Communities(NetworkGraph g, int seed = 42, double resolution = 1, double threshold = 1e-7)
    {
        var u = g.ToUndirected();
        var n = u.NodeCount;
        var membership = new int[n];
        for (var i = 0; i < n; i++) membership[i] = i;
        if (n == 0 || u.EdgeCount == 0) return Normalise(membership);
        var rows = u.OutRows;
        var level = new Level(rows.Offsets, rows.Targets, rows.Weights, new double[n]);
        var random = new Random(seed);
        var q = level.Modularity(Identity(n), resolution);
        while (true)
        {
            var moved = OneLevel(level, random, resolution, out var comm, out var count);
            if (!moved) break;
            var nq = level.Modularity(comm, resolution);
            if (nq - q <= threshold) { if (nq > q) Apply(membership, comm); break; }
            Apply(membership, comm); q = nq;
            level = level.Aggregate(comm, count);
        }
        return Normalise(membership);
    }

    private static int[] Identity(int n) { var a = new int[n]; for (var i = 0; i < n; i++) a[i] = i; return a; }

    private static void Apply(int[] membership, int[] comm) { for (var i = 0; i < membership.Length; i++) membership[i] = comm[membership[i]]; }

    /// <summary>One level's graph: neighbour weights without self-loops, and each node's self-loop weight.</summary>
    private sealed record Level(int[] Offsets, int[] Targets, double[] Weights, double[] Self)
    {
        public int Count => Self.Length;

        public double Degree(int v)
        {
            var k = 2 * Self[v];
            for (int i = Offsets[v], end = Offsets[v + 1]; i < end; i++) k += Weights[i];
            return k;
        }

        /// <summary>Modularity of a partition of this level's nodes: equal to that of the original graph.</summary>
        public double Modularity(int[] comm, double gamma)
        {
            var internalW = new double[Count];
            var tot = new double[Count];
            double m2 = 0;
            for (var v = 0; v < Count; v++)
            {
                var c = comm[v];
                internalW[c] += 2 * Self[v];
                for (int i = Offsets[v], end = Offsets[v + 1]; i < end; i++)
                {
                    tot[c] += Weights[i];
                    if (comm[Targets[i]] == c) internalW[c] += Weights[i];
                }
                tot[c] += 2 * Self[v];
            }
            for (var c = 0; c < Count; c++) m2 += tot[c];
            if (m2 == 0) return 0;
            var q = 0.0;
            for (var c = 0; c < Count; c++) q += internalW[c] / m2 - gamma * (tot[c] / m2) * (tot[c] / m2);
            return q;
        }

        /// <summary>The next level: one node per community, edges between communities summed, inner ones as self-loops.</summary>
        public Level Aggregate(int[] comm, int count)
        {
            // members of each community in order, then each community's row accumulated in a flat array
            var start = new int[count + 1];
            for (var v = 0; v < Count; v++) start[comm[v] + 1]++;
            for (var c = 0; c < count; c++) start[c + 1] += start[c];
            var members = new int[Count];
            var fill = (int[])start.Clone();
            for (var v = 0; v < Count; v++) members[fill[comm[v]]++] = v;
            var acc = new double[count];
            var seen = new int[count];
            Array.Fill(seen, -1);
            var touched = new List<int>();
            var offsets = new int[count + 1];
            var targets = new List<int>(Targets.Length / 2);
            var weights = new List<double>(Targets.Length / 2);
            var self = new double[count];
            for (var c = 0; c < count; c++)
            {
                touched.Clear();
                for (var k = start[c]; k < start[c + 1]; k++)
                {
                    var v = members[k];
                    self[c] += Self[v];
                    for (int i = Offsets[v], end = Offsets[v + 1]; i < end; i++)
                    {
                        var d = comm[Targets[i]];
                        if (d == c) { self[c] += Weights[i] / 2; continue; } // each inner edge is seen from both ends
                        if (seen[d] != c) { seen[d] = c; acc[d] = 0; touched.Add(d); }
                        acc[d] += Weights[i];
                    }
                }
                touched.Sort();
                foreach (var d in touched) { targets.Add(d); weights.Add(acc[d]); }
                offsets[c + 1] = targets.Count;
            }
            return new Level(offsets, targets.ToArray(), weights.ToArray(), self);
        }
    }

    /// <summary>The moving phase: each node, in a shuffled order, joins the neighbouring community that gains most, until none moves.</summary>
    private static bool OneLevel(Level g, Random random, double gamma, out int[] result, out int count)
    {
        var n = g.Count;
        var k = new double[n];
        for (var v = 0; v < n; v++) k[v] = g.Degree(v);
        var m2 = 0.0;
        for (var v = 0; v < n; v++) m2 += k[v];
        var comm = new int[n];
        for (var v = 0; v < n; v++) comm[v] = v;
        var tot = (double[])k.Clone();
        var order = Identity(n);
        random.Shuffle(order);
        var links = new double[n];
        var seen = new int[n];
        Array.Fill(seen, -1);
        var touched = new int[n];
        var movedAny = false;
        bool moved;
        var (off, to, w) = (g.Offsets, g.Targets, g.Weights);
        do
        {
            moved = false;
            foreach (var v in order)
            {
                var touchedCount = 0;
                var old = comm[v];
                seen[old] = v; links[old] = 0; touched[touchedCount++] = old;
                for (int i = off[v], end = off[v + 1]; i < end; i++)
                {
                    var c = comm[to[i]];
                    if (seen[c] != v) { seen[c] = v; links[c] = 0; touched[touchedCount++] = c; }
                    links[c] += w[i];
                }
                var kv = k[v];
                tot[old] -= kv;
                var best = old;
                var bestGain = links[old] - gamma * tot[old] * kv / m2;
                // ties stay put, else go to the community met first (neighbours are in ascending order)
                for (var t = 1; t < touchedCount; t++)
                {
                    var c = touched[t];
                    var gain = links[c] - gamma * tot[c] * kv / m2;
                    if (gain > bestGain + 1e-12) { best = c; bestGain = gain; }
                }
                tot[best] += kv;
                if (best != old) { comm[v] = best; moved = true; movedAny = true; }
            }
        } while (moved);
        result = Normalise(comm);
        count = 0;
        foreach (var c in result) if (c + 1 > count) count = c + 1;
        return movedAny;
    }

    /// <summary>Renumbers communities 0,1,2… in order of their first member.</summary>
    private static int[] Normalise(int[] membership)
    {
        var map = new int[membership.Length == 0 ? 0 : membership.Max() + 1];
        Array.Fill(map, -1);
        var next = 0;
        var result = new int[membership.Length];
        for (var i = 0; i < membership.Length; i++)
        {
            ref var id = ref map[membership[i]];
            if (id < 0) id = next++;
            result[i] = id;
        }
        return result;
    }

    /// <summary>networkx modularity: Σ_c [L_c/m − γ (d_c/2m)²] undirected, Σ_c [L_c/m − γ out_c·in_c/m²] directed (weighted).</summary>
    public static double Modularity(NetworkGraph g, IReadOnlyList<int> membership, double resolution = 1)
    {
        var n = g.NodeCount;
        var rows = g.OutRows;
        var (off, to, w) = (rows.Offsets, rows.Targets, rows.Weights);
        double m = 0;
        for (var i = 0; i < w.Length; i++) m += w[i];
        if (!g.Directed) m /= 2;
        if (m == 0) return 0;
        var count = 0;
        for (var v = 0; v < n; v++) count = Math.Max(count, membership[v] + 1);
        var internalW = new double[count];
        var outD = new double[count];
        var inD = new double[count];
        var present = new bool[count];
        for (var v = 0; v < n; v++)
        {
            var c = membership[v];
            present[c] = true;
            for (int i = off[v], end = off[v + 1]; i < end; i++)
            {
                outD[c] += w[i];
                inD[membership[to[i]]] += w[i];
                if (membership[to[i]] == c && (g.Directed || v < to[i])) internalW[c] += w[i];
            }
        }
        var q = 0.0;
        for (var c = 0; c < count; c++)
        {
            if (!present[c]) continue;
            var l = internalW[c];
            q += g.Directed
                ? l / m - resolution * outD[c] * inD[c] / (m * m)
                : l / m - resolution * Math.Pow(outD[c] / (2 * m), 2);
        }
        return q;
    }
}
