#!/usr/bin/env bash
# `meic map metrics` end to end, as a user runs it (the installed build, the network read from the
# cluster's store, the report written as JSON), against a Python script that loads the same ties into
# igraph and computes betweenness and closeness — side by side in one hyperfine run. networkx is timed
# once when it is installed. Then the algorithms in-process (bench/Meic.Mapping.Bench: one thread
# against two, Louvain's time and modularity) against igraph's multilevel on the same edge lists.
# Goals (bench/README.md): metrics within 1.5x of igraph; Louvain at or below igraph's time with the same
# modularity (±0.01); betweenness on two threads at least 1.7x faster than on one.
# Usage: bench/metrics.sh [RUNS]    (MEIC=path/to/meic to time another build than the installed one)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
runs="${1:-10}"
meic="${MEIC:-$(command -v meic || true)}"
[ -n "$meic" ] || { echo "bench: no installed meic on PATH; run scripts/install.sh first (or set MEIC)." >&2; exit 1; }
py=/usr/bin/python3
work=$(mktemp -d "${TMPDIR:-/tmp}/meic-bench-metrics.XXXXXX")
trap 'rm -rf "$work"' EXIT
"$py" "$root/bench/network/make-network.py" 2000 10000 1 "$work/small"
"$py" "$root/bench/network/make-network.py" 10000 100000 1 "$work/large"
"$meic" init "$work/ws" --template blank --lang en >/dev/null
(cd "$work/ws" && "$meic" map import actors "$work/small/actors.csv" >/dev/null && "$meic" map import ties "$work/small/ties.csv" >/dev/null)
echo "== map metrics on 2,000 actors / 10,000 ties (meic: $meic; load average $(cut -d' ' -f1-3 /proc/loadavg))"
hyperfine -N --warmup 1 --runs "$runs" --style basic \
  -n "igraph: load + betweenness + closeness" "$py $root/bench/network/igraph-metrics.py $work/small/ties.csv" \
  -n "meic map metrics --json" "$meic map metrics --json --cluster $work/ws" \
  -n "meic map metrics --only betweenness,closeness --json" "$meic map metrics --only betweenness,closeness --json --cluster $work/ws"
if "$py" -c 'import networkx' 2>/dev/null; then
  hyperfine -N --runs 1 --style basic -n "networkx: load + betweenness + closeness" "$py $root/bench/network/networkx-metrics.py $work/small/ties.csv"
fi
dotnet build "$root/bench/Meic.Mapping.Bench" -c Release -nologo -v q >/dev/null
for size in small large; do
  echo "== algorithms in-process, $size graph (load average $(cut -d' ' -f1-3 /proc/loadavg))"
  dotnet run -c Release --no-build --project "$root/bench/Meic.Mapping.Bench" -- "$work/$size/edges.txt" 3
  "$py" "$root/bench/network/communities.py" "$work/$size/edges.txt" 5
done
