#!/usr/bin/env python3
"""networkx doing what igraph-metrics.py does: load the ties sheet, betweenness and closeness.
Usage: networkx-metrics.py ties.csv"""
import csv, sys
import networkx as nx

g = nx.Graph()
with open(sys.argv[1], encoding="utf-8", newline="") as f:
    rows = csv.reader(f)
    next(rows)
    g.add_edges_from((s, t) for s, t in rows)
b = nx.betweenness_centrality(g)
c = nx.closeness_centrality(g)
print(len(b), len(c))
