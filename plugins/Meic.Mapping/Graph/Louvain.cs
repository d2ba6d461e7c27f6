namespace Meic.Mapping.Graph;

/// <summary>
/// Louvain community detection (Blondel et al. 2008) on the undirected weighted projection,
/// deterministic for a given seed (it fixes the order nodes are visited in), and networkx's modularity.
/// </summary>
public static class Louvain
{
    public static int[] Communities(NetworkGraph g, int seed = 42, double resolution = 1, double threshold = 1e-7)
    {
        var u = g.ToUndirected();
        var n = u.NodeCount;
        var membership = Enumerable.Range(0, n).ToArray();
        if (n == 0 || u.EdgeCount == 0) return Normalise(membership);
        // level graph: neighbour weights without self-loops, plus self-loop weight per node
        var adj = Enumerable.Range(0, n).Select(v => u.Out(v).ToDictionary(w => w, w => u.Weight(v, w))).ToList();
        var self = new double[n];
        var random = new Random(seed);
        var q = Modularity(u, membership, resolution);
        while (true)
        {
            var level = OneLevel(adj, self, random, resolution, out var moved);
            if (!moved) break;
            var next = membership.Select(c => level[c]).ToArray();
            var nq = Modularity(u, next, resolution);
            if (nq - q <= threshold) { if (nq > q) membership = next; break; }
            membership = next; q = nq;
            (adj, self) = Aggregate(adj, self, level);
        }
        return Normalise(membership);
    }

    private static int[] OneLevel(List<Dictionary<int, double>> adj, double[] self, Random random, double gamma, out bool movedAny)
    {
        var n = adj.Count;
        var k = new double[n];
        for (var v = 0; v < n; v++) k[v] = adj[v].Values.Sum() + 2 * self[v];
        var m2 = k.Sum();
        var comm = Enumerable.Range(0, n).ToArray();
        var tot = (double[])k.Clone();
        var order = Enumerable.Range(0, n).ToArray();
        random.Shuffle(order);
        movedAny = false;
        bool moved;
        do
        {
            moved = false;
            foreach (var v in order)
            {
                var links = new Dictionary<int, double>();
                foreach (var (w, wt) in adj[v]) links[comm[w]] = links.GetValueOrDefault(comm[w]) + wt;
                var old = comm[v];
                tot[old] -= k[v];
                var best = old;
                var bestGain = links.GetValueOrDefault(old) - gamma * tot[old] * k[v] / m2;
                foreach (var (c, wc) in links.OrderBy(p => p.Key))
                {
                    var gain = wc - gamma * tot[c] * k[v] / m2;
                    if (gain > bestGain + 1e-12) { best = c; bestGain = gain; }
                }
                tot[best] += k[v];
                if (best != old) { comm[v] = best; moved = true; movedAny = true; }
            }
        } while (moved);
        return Normalise(comm);
    }

    private static (List<Dictionary<int, double>>, double[]) Aggregate(List<Dictionary<int, double>> adj, double[] self, int[] level)
    {
        var count = level.Max() + 1;
        var next = Enumerable.Range(0, count).Select(_ => new Dictionary<int, double>()).ToList();
        var nextSelf = new double[count];
        for (var v = 0; v < adj.Count; v++)
        {
            nextSelf[level[v]] += self[v];
            foreach (var (w, wt) in adj[v])
            {
                if (level[v] == level[w]) { if (v < w) nextSelf[level[v]] += wt; }
                else next[level[v]][level[w]] = next[level[v]].GetValueOrDefault(level[w]) + wt;
            }
        }
        return (next, nextSelf);
    }

    /// <summary>Renumbers communities 0,1,2… in order of their first member.</summary>
    private static int[] Normalise(int[] membership)
    {
        var map = new Dictionary<int, int>();
        return membership.Select(c => map.TryGetValue(c, out var id) ? id : map[c] = map.Count).ToArray();
    }

    /// <summary>networkx modularity: Σ_c [L_c/m − γ (d_c/2m)²] undirected, Σ_c [L_c/m − γ out_c·in_c/m²] directed (weighted).</summary>
    public static double Modularity(NetworkGraph g, IReadOnlyList<int> membership, double resolution = 1)
    {
        var n = g.NodeCount;
        double m = 0;
        for (var v = 0; v < n; v++) foreach (var w in g.Out(v)) m += g.Weight(v, w);
        if (!g.Directed) m /= 2;
        if (m == 0) return 0;
        var internalW = new Dictionary<int, double>();
        var outD = new Dictionary<int, double>();
        var inD = new Dictionary<int, double>();
        for (var v = 0; v < n; v++)
        {
            var c = membership[v];
            outD[c] = outD.GetValueOrDefault(c) + g.OutStrength(v);
            inD[c] = inD.GetValueOrDefault(c) + g.InStrength(v);
            foreach (var w in g.Out(v))
                if (membership[w] == c && (g.Directed || v < w)) internalW[c] = internalW.GetValueOrDefault(c) + g.Weight(v, w);
        }
        var q = 0.0;
        foreach (var c in outD.Keys)
        {
            var l = internalW.GetValueOrDefault(c);
            q += g.Directed
                ? l / m - resolution * outD[c] * inD[c] / (m * m)
                : l / m - resolution * Math.Pow(outD[c] / (2 * m), 2);
        }
        return q;
    }
}
