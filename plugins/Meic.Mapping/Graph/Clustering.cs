namespace Meic.Mapping.Graph;

/// <summary>Local clustering and transitivity on the undirected projection (networkx clustering of G.to_undirected()).</summary>
public static class Clustering
{
    public static double[] Local(NetworkGraph g)
    {
        var u = g.ToUndirected();
        var n = u.NodeCount;
        var result = new double[n];
        for (var v = 0; v < n; v++)
        {
            var nb = u.Out(v);
            var k = nb.Length;
            if (k < 2) continue;
            result[v] = 2.0 * Triangles(u, v) / (k * (k - 1.0));
        }
        return result;
    }

    public static double Average(NetworkGraph g)
    {
        var local = Local(g);
        return local.Length == 0 ? 0 : local.Average();
    }

    /// <summary>networkx transitivity: 3 × triangles / connected triples.</summary>
    public static double Transitivity(NetworkGraph g)
    {
        var u = g.ToUndirected();
        double triangles = 0, triples = 0;
        for (var v = 0; v < u.NodeCount; v++)
        {
            var k = u.Out(v).Length;
            triangles += Triangles(u, v);
            triples += k * (k - 1.0) / 2;
        }
        return triples == 0 ? 0 : triangles / triples;
    }

    private static long Triangles(NetworkGraph u, int v)
    {
        var nb = u.Out(v);
        long t = 0;
        for (var i = 0; i < nb.Length; i++)
            for (var j = i + 1; j < nb.Length; j++)
                if (u.HasEdge(nb[i], nb[j])) t++;
        return t;
    }
}
