#!/usr/bin/env python3
"""Writes a seeded random network as the toolkit imports it: actors.csv (name, sector, area) and
ties.csv (source, target), undirected, no repeated pair, no self-loop; plus edges.txt (one "a b" pair
of 0-based node numbers a line) for the in-process benchmark and the Python libraries.
Usage: make-network.py ACTORS TIES SEED OUTDIR"""
import os, random, sys

n, m, seed, out = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
rng = random.Random(seed)
sectors = ["public-administration", "company", "representative-body", "third-sector", "research", "diaspora-community"]
areas = ["work", "housing", "culture", "institutions"]
os.makedirs(out, exist_ok=True)
seen = set()
edges = []
while len(edges) < m:
    a, b = rng.randrange(n), rng.randrange(n)
    if a == b: continue
    key = (min(a, b), max(a, b))
    if key in seen: continue
    seen.add(key)
    edges.append(key)
# short names: the importer takes names at most one edit apart per 8 letters for the same organisation
name = lambda i: f"A{i:04d}"
with open(os.path.join(out, "actors.csv"), "w", encoding="utf-8") as f:
    f.write("name,sector,area\n")
    for i in range(n):
        f.write(f"{name(i)},{sectors[i % len(sectors)]},{areas[i % len(areas)]}\n")
with open(os.path.join(out, "ties.csv"), "w", encoding="utf-8") as f:
    f.write("source,target\n")
    for a, b in edges:
        f.write(f"{name(a)},{name(b)}\n")
with open(os.path.join(out, "edges.txt"), "w", encoding="utf-8") as f:
    for a, b in edges:
        f.write(f"{a} {b}\n")
