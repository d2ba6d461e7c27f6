#!/usr/bin/env python3
"""igraph's multilevel (Louvain) and, when installed, networkx's louvain_communities on an edge list:
best-of-RUNS time of the algorithm alone (the graph already built) and the modularity it reaches.
Usage: communities.py edges.txt [RUNS]"""
import sys, time
import igraph as ig

runs = int(sys.argv[2]) if len(sys.argv) > 2 else 5
edges = [tuple(map(int, line.split())) for line in open(sys.argv[1])]
n = 1 + max(max(e) for e in edges)
g = ig.Graph(n=n, edges=edges, directed=False)
best, q = None, None
for _ in range(runs):
    s = time.perf_counter()
    c = g.community_multilevel()
    t = time.perf_counter() - s
    best = t if best is None else min(best, t)
    q = g.modularity(c.membership)
print(f"igraph multilevel    {best*1000:9.1f} ms  modularity {q:.4f}")
try:
    import networkx as nx
    h = nx.Graph(edges)
    s = time.perf_counter()
    parts = nx.community.louvain_communities(h, seed=42)
    t = time.perf_counter() - s
    print(f"networkx louvain     {t*1000:9.1f} ms  modularity {nx.community.modularity(h, parts):.4f}  (one run)")
except ImportError:
    pass
