using System.Diagnostics;
using Meic.Mapping.Graph;

// Times exact Brandes betweenness (and the other metrics) on a synthetic network: 10,000 actors, 100,000 ties.
// Usage: dotnet run -c Release --project bench/Meic.Mapping.Bench [actors] [ties] [seed]
var n = args.Length > 0 ? int.Parse(args[0]) : 10_000;
var m = args.Length > 1 ? int.Parse(args[1]) : 100_000;
var random = new Random(args.Length > 2 ? int.Parse(args[2]) : 1);
var g = new NetworkGraph(directed: false);
for (var i = 0; i < n; i++) g.AddNode();
while (g.EdgeCount < m)
{
    var a = random.Next(n); var b = random.Next(n);
    if (a != b) g.AddEdge(a, b);
}
// write the edge list so networkx can be timed on the very same graph
File.WriteAllLines("bench-edges.txt", Enumerable.Range(0, n).SelectMany(v => g.Out(v).Where(w => w > v).Select(w => $"{v} {w}")));
Console.WriteLine($"graph: {g.NodeCount} nodes, {g.EdgeCount} edges, {Environment.ProcessorCount} cores");
Time("betweenness (exact Brandes, parallel)", () => Centrality.Betweenness(g));
Time("betweenness (exact Brandes, 1 thread)", () => Centrality.Betweenness(g, threads: 1));
Time("closeness", () => Centrality.Closeness(g));
Time("eigenvector", () => Centrality.Eigenvector(g));
Time("clustering", () => Clustering.Local(g));
Time("louvain", () => Louvain.Communities(g));

static void Time(string what, Action action)
{
    var sw = Stopwatch.StartNew();
    action();
    Console.WriteLine($"{what,-40} {sw.Elapsed.TotalSeconds,8:0.00} s");
}
