#!/usr/bin/env bash
# Speed of `meic script run`: the second run of an unchanged script (cache hit, no Roslyn) against
# `meic status` in the same run, and the first compile's cost. Target: ratio <= 1.5.
# Usage: bench/scripting.sh [RUNS]   (build first: dotnet build src/Meic.Cli)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
meic="dotnet $root/artifacts/meic/meic.dll"
runs="${1:-15}"
ws="$(mktemp -d)/rome"
trap 'rm -rf "$(dirname "$ws")"' EXIT
$meic init "$ws" --template rome --lang en >/dev/null
cd "$ws"
cp scripts/district-coverage.csx bench.csx
mkdir -p lib && cp scripts/lib/common.csx lib/

now() { date +%s%N; }
ms() { echo $(( ($2 - $1) / 1000000 )); }

# First compile: a fresh cache each time, a few times.
compile_total=0
for i in 1 2 3; do
  rm -rf .meic/scripts
  t0=$(now); $meic script run bench.csx >/dev/null; t1=$(now)
  compile_total=$(( compile_total + $(ms "$t0" "$t1") ))
done
$meic script run bench.csx >/dev/null   # warm the cache

if command -v hyperfine >/dev/null; then
  hyperfine --warmup 2 --runs "$runs" --export-json "$ws/bench.json" -N \
    "$meic status" "$meic script run bench.csx" >/dev/null
  read -r status_ms script_ms < <(python3 -c "import json;r=json.load(open('$ws/bench.json'))['results'];print(round(r[0]['median']*1000), round(r[1]['median']*1000))")
  tool=hyperfine
else
  status_ms=0; script_ms=0
  for i in $(seq "$runs"); do
    t0=$(now); $meic status >/dev/null; t1=$(now); $meic script run bench.csx >/dev/null; t2=$(now)
    status_ms=$(( status_ms + $(ms "$t0" "$t1") )); script_ms=$(( script_ms + $(ms "$t1" "$t2") ))
  done
  status_ms=$(( status_ms / runs )); script_ms=$(( script_ms / runs ))
  tool="shell loop (mean)"
fi
echo "runs: $runs, timed with $tool, load average: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "meic status:                         ${status_ms} ms"
echo "meic script run (cached, unchanged): ${script_ms} ms"
python3 -c "print(f'ratio script/status:                 {$script_ms/$status_ms:.2f}x  (target <= 1.5x)')"
echo "first run with compile (mean of 3):  $(( compile_total / 3 )) ms"
