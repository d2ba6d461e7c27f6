namespace Meic.Mapping.Graph;

/// <summary>Gould–Fernandez brokerage role counts for one actor.</summary>
public sealed record BrokerageRoles(int Coordinator, int Gatekeeper, int Representative, int Itinerant, int Liaison)
{
    public int Total => Coordinator + Gatekeeper + Representative + Itinerant + Liaison;
}

/// <summary>
/// Counts, for each broker b, the open two-paths a→b→c (a→c absent, a≠c) by the groups of a, b and c,
/// as UCINET does. An undirected tie counts as two arcs, so each undirected path is counted in both directions.
/// </summary>
public static class Brokerage
{
    public static BrokerageRoles[] Compute(NetworkGraph g, IReadOnlyList<string> groups)
    {
        var n = g.NodeCount;
        var result = new BrokerageRoles[n];
        for (var b = 0; b < n; b++)
        {
            int co = 0, gk = 0, rep = 0, it = 0, li = 0;
            foreach (var a in g.In(b))
                foreach (var c in g.Out(b))
                {
                    if (a == c || g.HasEdge(a, c)) continue;
                    var (ga, gb, gc) = (groups[a], groups[b], groups[c]);
                    if (ga == gb && gb == gc) co++;
                    else if (ga == gc) it++;
                    else if (ga == gb) rep++;
                    else if (gb == gc) gk++;
                    else li++;
                }
            result[b] = new BrokerageRoles(co, gk, rep, it, li);
        }
        return result;
    }
}
