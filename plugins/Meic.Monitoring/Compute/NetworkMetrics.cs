namespace Meic.Monitoring.Compute;

/// <summary>Whole-network measures over an undirected view of the ties (a directed tie counts as a link between its two ends).</summary>
public static class NetworkMetrics
{
    /// <summary>Distinct linked pairs among <paramref name="nodes"/>; self-ties and ties to unknown nodes are ignored.</summary>
    public static HashSet<(string, string)> Pairs(IEnumerable<(string Source, string Target)> ties, IReadOnlySet<string> nodes)
    {
        var pairs = new HashSet<(string, string)>();
        foreach (var (s, t) in ties)
        {
            if (s == t || !nodes.Contains(s) || !nodes.Contains(t)) continue;
            pairs.Add(string.CompareOrdinal(s, t) < 0 ? (s, t) : (t, s));
        }
        return pairs;
    }

    /// <summary>Links present / links possible, n(n−1)/2. Null (no data) with fewer than two nodes.</summary>
    public static double? Density(int nodeCount, int pairCount) =>
        nodeCount < 2 ? null : pairCount / (nodeCount * (nodeCount - 1) / 2.0);

    /// <summary>
    /// Freeman's degree centralisation: Σ(max degree − degree) / ((n−1)(n−2)), 1 for a star, 0 when every node has the same degree.
    /// Null (no data) with fewer than three nodes.
    /// </summary>
    public static double? DegreeCentralisation(IReadOnlySet<string> nodes, IEnumerable<(string, string)> pairs)
    {
        var n = nodes.Count;
        if (n < 3) return null;
        var degree = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (a, b) in pairs)
        {
            degree[a] = degree.GetValueOrDefault(a) + 1;
            degree[b] = degree.GetValueOrDefault(b) + 1;
        }
        var max = degree.Count == 0 ? 0 : degree.Values.Max();
        double sum = 0;
        foreach (var node in nodes) sum += max - degree.GetValueOrDefault(node);
        return sum / ((n - 1.0) * (n - 2.0));
    }
}
