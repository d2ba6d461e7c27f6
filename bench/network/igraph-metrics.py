#!/usr/bin/env python3
"""The anchor for `meic map metrics`: load the ties sheet into igraph and compute betweenness and
closeness, loading included (the same network the toolkit reads from its store).
Usage: igraph-metrics.py ties.csv"""
import csv, sys
import igraph as ig

index, edges = {}, []
with open(sys.argv[1], encoding="utf-8", newline="") as f:
    rows = csv.reader(f)
    next(rows)
    for source, target in rows:
        a = index.setdefault(source, len(index))
        b = index.setdefault(target, len(index))
        edges.append((a, b))
g = ig.Graph(n=len(index), edges=edges, directed=False)
betweenness = g.betweenness()
closeness = g.closeness()
print(len(betweenness), len(closeness))
