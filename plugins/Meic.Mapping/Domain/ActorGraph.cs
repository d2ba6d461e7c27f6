using Meic.Mapping.Graph;
using Meic.Sdk.Model;

namespace Meic.Mapping.Domain;

/// <summary>
/// The actors and ties as a graph. Directed when any tie is directed (an undirected tie then becomes
/// two arcs) unless <c>undirected</c> is asked; repeated ties between two actors add their weights.
/// </summary>
public sealed class ActorGraph
{
    public required IReadOnlyList<Actor> Actors { get; init; }
    public required NetworkGraph Graph { get; init; }
    public required IReadOnlyDictionary<string, int> Index { get; init; }

    public static ActorGraph Build(IReadOnlyList<Actor> actors, IEnumerable<Relationship> ties, string? wave = null, bool undirected = false)
    {
        var list = ties.Where(t => wave is null || t.Wave == wave).ToList();
        var directed = !undirected && list.Any(t => t.Directed);
        var g = new NetworkGraph(directed);
        var index = new Dictionary<string, int>();
        foreach (var a in actors) index[a.Id] = g.AddNode();
        foreach (var t in list)
        {
            if (!index.TryGetValue(t.Source, out var s) || !index.TryGetValue(t.Target, out var d)) continue;
            g.AddEdge(s, d, t.Weight);
            if (directed && !t.Directed) g.AddEdge(d, s, t.Weight);
        }
        return new ActorGraph { Actors = actors, Graph = g, Index = index };
    }
}
