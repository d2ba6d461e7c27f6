#!/usr/bin/env bash
# Importing N actors from CSV with `meic map import actors`, side by side in the same run with the
# `sqlite3` shell's `.import` of the very same file into a fresh database (the anchor).
# Prints wall time, peak memory (max RSS) and the ratio for each N. Goal: linear in N; 100,000 actors
# within 10x of sqlite3, under 400 MB; 10,000 actors under 1 s.
# Usage: bench/import.sh [N ...]   (default: 1000 10000 100000)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
sizes=("${@:-1000 10000 100000}")
[ $# -eq 0 ] && sizes=(1000 10000 100000)
out="$root/artifacts/bench/import"
rm -rf "$out"; mkdir -p "$out"
# The toolkit as `./meic` builds it (artifacts/meic); build it first.
[ -f "$root/artifacts/meic/meic.dll" ] || "$root/meic" --version >/dev/null
meic=(dotnet "$root/artifacts/meic/meic.dll")
for n in "${sizes[@]}"; do
  csv="$out/actors-$n.csv"
  python3 - "$n" "$csv" <<'PY'
import sys, random
n, path = int(sys.argv[1]), sys.argv[2]
random.seed(n)
sectors = ["third-sector", "company", "public-administration", "research", "representative-body", "diaspora-community"]
areas = ["work", "housing", "culture", "institutions"]
with open(path, "w", encoding="utf-8") as f:
    f.write("name,sector,area,district,mandate,tags\n")
    for i in range(n):
        f.write(f"Organizzazione {i:06d} {random.choice(['Roma','Lazio','Italia'])},{random.choice(sectors)},{random.choice(areas)},,Mandato {i},t{i % 7}\n")
PY
  ws="$out/ws-$n"
  "${meic[@]}" init "$ws" --template blank >/dev/null
  db="$out/anchor-$n.db"
  a=$( { /usr/bin/time -f "%e %U %S %M" sqlite3 "$db" ".mode csv" ".import $csv actors" >/dev/null; } 2>&1 | tail -1 )
  m=$( { cd "$ws" && /usr/bin/time -f "%e %U %S %M" "${meic[@]}" map import actors "$csv" >/dev/null; } 2>&1 | tail -1 )
  count=$(sqlite3 "$ws/cluster.db" "SELECT count(*) FROM documents WHERE collection='actors'" 2>/dev/null || echo "?")
  read -r aw au as am <<<"$a"; read -r mw mu ms mm <<<"$m"
  # CPU time (user + system) is what the ratio compares: on a busy machine wall time measures the queue.
  python3 -c "import sys; n,aw,au,as_,am,mw,mu,ms,mm,c=sys.argv[1:]; ac=float(au)+float(as_); mc=float(mu)+float(ms); print(f'{int(n):>7} actors | sqlite3 .import cpu {ac:6.2f} s wall {float(aw):6.2f} s {int(am)/1024:6.1f} MB | meic cpu {mc:6.2f} s wall {float(mw):6.2f} s {int(mm)/1024:6.1f} MB | cpu ratio {mc/max(ac,0.01):6.1f}x | actors stored {c}')" "$n" "$aw" "$au" "$as" "$am" "$mw" "$mu" "$ms" "$mm" "$count"
done
