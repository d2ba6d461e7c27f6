namespace Meic.Mapping.Graph;

/// <summary>
/// A simple graph over integer nodes 0..n-1, as networkx's Graph or DiGraph holds it:
/// no parallel edges (repeated ties add their weights), no self-loops.
/// An undirected graph stores each edge in both adjacency lists.
/// </summary>
public sealed class NetworkGraph
{
    private readonly List<Dictionary<int, double>> _out = new();
    private readonly List<Dictionary<int, double>> _in = new();
    private int[][]? _outArr, _inArr;
    private Rows? _outRows, _inRows;

    public NetworkGraph(bool directed) => Directed = directed;

    public bool Directed { get; }
    public int NodeCount => _out.Count;
    public int EdgeCount { get; private set; }

    public int AddNode()
    {
        _out.Add(new Dictionary<int, double>());
        _in.Add(_out.Count == _in.Count + 1 && !Directed ? _out[^1] : new Dictionary<int, double>());
        _outArr = _inArr = null; _outRows = _inRows = null;
        return _out.Count - 1;
    }

    public static NetworkGraph Create(int nodes, bool directed, IEnumerable<(int From, int To)> edges)
    {
        var g = new NetworkGraph(directed);
        for (var i = 0; i < nodes; i++) g.AddNode();
        foreach (var (a, b) in edges) g.AddEdge(a, b);
        return g;
    }

    /// <summary>Adds an edge, or adds <paramref name="weight"/> to the existing one. Self-loops are ignored.</summary>
    public void AddEdge(int from, int to, double weight = 1)
    {
        if (from == to) return;
        _outArr = _inArr = null; _outRows = _inRows = null;
        if (_out[from].TryGetValue(to, out var w))
        {
            _out[from][to] = w + weight;
            if (Directed) _in[to][from] = w + weight;
            else _out[to][from] = w + weight;
            return;
        }
        EdgeCount++;
        _out[from][to] = weight;
        if (Directed) _in[to][from] = weight;
        else _out[to][from] = weight;
    }

    public bool HasEdge(int from, int to) => _out[from].ContainsKey(to);
    public double Weight(int from, int to) => _out[from].TryGetValue(to, out var w) ? w : 0;

    /// <summary>Successors (neighbours when undirected), in ascending order.</summary>
    public int[] Out(int v) => (_outArr ??= Build(_out))[v];

    /// <summary>Predecessors (neighbours when undirected), in ascending order.</summary>
    public int[] In(int v) => (_inArr ??= Directed ? Build(_in) : (_outArr ??= Build(_out)))[v];

    /// <summary>Predecessors and successors together, each once.</summary>
    public IEnumerable<int> AllNeighbours(int v) => Directed ? Out(v).Union(In(v)) : Out(v);

    /// <summary>Successors (neighbours when undirected) of every node in one compressed block, for the algorithms' inner loops.</summary>
    public Rows OutRows => _outRows ??= Rows.Of(Enumerable.Range(0, NodeCount).Select(Out).ToArray(), _out);

    /// <summary>Predecessors (neighbours when undirected) of every node in one compressed block.</summary>
    public Rows InRows => _inRows ??= Directed ? Rows.Of(Enumerable.Range(0, NodeCount).Select(In).ToArray(), _in) : OutRows;

    public double OutStrength(int v) => _out[v].Values.Sum();
    public double InStrength(int v) => Directed ? _in[v].Values.Sum() : OutStrength(v);

    /// <summary>The same nodes with every edge made mutual (networkx's to_undirected, weights kept from either direction, summed when both).</summary>
    public NetworkGraph ToUndirected()
    {
        if (!Directed) return this;
        var g = new NetworkGraph(false);
        for (var i = 0; i < NodeCount; i++) g.AddNode();
        for (var v = 0; v < NodeCount; v++)
            foreach (var (u, w) in _out[v])
                if (!g.HasEdge(v, u)) g.AddEdge(v, u, w + (_out[u].TryGetValue(v, out var back) ? back : 0));
        return g;
    }

    private static int[][] Build(List<Dictionary<int, double>> lists)
    {
        var result = new int[lists.Count][];
        for (var v = 0; v < result.Length; v++) { result[v] = lists[v].Keys.ToArray(); Array.Sort(result[v]); }
        return result;
    }
}

/// <summary>
/// Adjacency in compressed rows: the neighbours of v are <c>Targets[Offsets[v] .. Offsets[v+1])</c>, ascending,
/// with their weights at the same positions. One block of memory instead of a list per node: the shortest-path
/// and community algorithms spend their time walking it.
/// </summary>
public sealed class Rows
{
    public required int[] Offsets { get; init; }
    public required int[] Targets { get; init; }
    public required double[] Weights { get; init; }

    internal static Rows Of(int[][] lists, List<Dictionary<int, double>> weights)
    {
        var offsets = new int[lists.Length + 1];
        for (var v = 0; v < lists.Length; v++) offsets[v + 1] = offsets[v] + lists[v].Length;
        var targets = new int[offsets[^1]];
        var w = new double[targets.Length];
        for (var v = 0; v < lists.Length; v++)
        {
            lists[v].CopyTo(targets, offsets[v]);
            for (var i = 0; i < lists[v].Length; i++) w[offsets[v] + i] = weights[v][lists[v][i]];
        }
        return new Rows { Offsets = offsets, Targets = targets, Weights = w };
    }
}
