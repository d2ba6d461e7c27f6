namespace Meic.Mapping.Graph;

/// <summary>
/// Burt's constraint as networkx computes it: c(v) = Σ_j (p_vj + Σ_q p_vq p_qj)², over all neighbours
/// (predecessors and successors), with p the normalised mutual weight. Null for isolated actors (networkx gives NaN).
/// </summary>
public static class Constraint
{
    public static double?[] Compute(NetworkGraph g, bool weighted = false)
    {
        var n = g.NodeCount;
        var neighbours = Enumerable.Range(0, n).Select(v => g.AllNeighbours(v).ToArray()).ToArray();
        double Mutual(int a, int b) => g.Directed
            ? (weighted ? g.Weight(a, b) + g.Weight(b, a) : (g.HasEdge(a, b) ? 1 : 0) + (g.HasEdge(b, a) ? 1 : 0))
            : (weighted ? g.Weight(a, b) : (g.HasEdge(a, b) ? 1 : 0));
        var scale = new double[n];
        for (var v = 0; v < n; v++) scale[v] = neighbours[v].Sum(w => Mutual(v, w));
        double P(int a, int b) => scale[a] == 0 ? 0 : Mutual(a, b) / scale[a];

        var result = new double?[n];
        for (var v = 0; v < n; v++)
        {
            if (neighbours[v].Length == 0) continue;
            var c = 0.0;
            foreach (var j in neighbours[v])
            {
                var local = P(v, j);
                foreach (var q in neighbours[v]) local += P(v, q) * P(q, j);
                c += local * local;
            }
            result[v] = c;
        }
        return result;
    }
}
