using System.Diagnostics;
using Meic.Mapping.Graph;

// Times the network metrics in-process on one graph: exact Brandes betweenness on one thread and on every
// core (their ratio is the parallel speed-up), closeness, eigenvector, clustering and Louvain with the
// modularity it reaches. Each figure is the best of RUNS, after one run that warms the code up.
// Usage: dotnet run -c Release --project bench/Meic.Mapping.Bench -- EDGES.txt [RUNS]
//        dotnet run -c Release --project bench/Meic.Mapping.Bench -- ACTORS TIES [SEED] [RUNS]
// EDGES.txt holds one "a b" pair of node numbers a line (bench/network/make-network.py writes it, and
// bench/network/communities.py times igraph on the same file).
NetworkGraph g;
int runs;
if (args.Length > 0 && File.Exists(args[0]))
{
    var pairs = File.ReadLines(args[0]).Select(l => l.Split(' ')).Select(p => (int.Parse(p[0]), int.Parse(p[1]))).ToList();
    g = NetworkGraph.Create(pairs.Max(p => Math.Max(p.Item1, p.Item2)) + 1, directed: false, pairs);
    runs = args.Length > 1 ? int.Parse(args[1]) : 3;
}
else
{
    var n = args.Length > 0 ? int.Parse(args[0]) : 10_000;
    var m = args.Length > 1 ? int.Parse(args[1]) : 100_000;
    var random = new Random(args.Length > 2 ? int.Parse(args[2]) : 1);
    runs = args.Length > 3 ? int.Parse(args[3]) : 3;
    g = new NetworkGraph(directed: false);
    for (var i = 0; i < n; i++) g.AddNode();
    while (g.EdgeCount < m)
    {
        var a = random.Next(n); var b = random.Next(n);
        if (a != b) g.AddEdge(a, b);
    }
}
Console.WriteLine($"graph: {g.NodeCount} nodes, {g.EdgeCount} edges, {Environment.ProcessorCount} cores, best of {runs}");
var one = Time("betweenness, exact, 1 thread", () => Centrality.Betweenness(g, threads: 1));
var all = Time($"betweenness, exact, {Environment.ProcessorCount} threads", () => Centrality.Betweenness(g));
Console.WriteLine($"{"  parallel speed-up",-40} {one / all,8:0.00}x");
Time("closeness", () => Centrality.Closeness(g, threads: 1));
Time("betweenness + closeness, 1 search", () => ShortestPaths.Compute(g));
Time("eigenvector", () => Centrality.Eigenvector(g));
Time("clustering", () => Clustering.Local(g));
int[] communities = [];
Time("louvain", () => communities = Louvain.Communities(g));
Console.WriteLine($"{"  modularity",-40} {Louvain.Modularity(g, communities),8:0.0000}  ({communities.Max() + 1} communities)");

double Time(string what, Action action)
{
    action();
    var best = double.MaxValue;
    for (var r = 0; r < runs; r++)
    {
        var sw = Stopwatch.StartNew();
        action();
        best = Math.Min(best, sw.Elapsed.TotalMilliseconds);
    }
    Console.WriteLine($"{what,-40} {best,9:0.0} ms");
    return best;
}
