#!/usr/bin/env bash
# Every hostile file against the importer that reads it, as whole `meic` processes: wall time and peak memory
# (GNU time's maximum resident set size) and CPU time (user + system). Goal: each refused with exit 2 within 5 s and 300 MB;
# the verdict reads CPU time, which other work on a shared machine does not inflate as it does the wall time.
# Usage: bench/hostile.sh   (build first: dotnet build MeicToolkit.sln)
set -uo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
meic="dotnet $root/artifacts/meic/meic.dll"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
$meic init "$tmp/rome" --template rome --lang en >/dev/null
dotnet run --file "$root/bench/hostile-corpus.cs" -- "$tmp/files" >/dev/null
cd "$tmp/rome"
importer() {
  case "$1" in
    xlsx-*|csv-*) echo "map import actors" ;;
    docx-*|txt-*) echo "focus transcript import" ;;
    qdpx-*) echo "focus import qdpx" ;;
    qdc-*) echo "focus import qdc" ;;
    ics-*) echo "meeting import-ics" ;;
  esac
}
printf '%-28s %-26s %4s %7s %7s %8s %s\n' file command exit wall-s cpu-s "max MB" verdict
worst_s=0; worst_mb=0; bad=0
for f in "$tmp"/files/*; do
  name="$(basename "$f")"; cmd="$(importer "$name")"
  extra=(); [[ "$cmd" == "focus transcript import" ]] && extra=(--session s1)
  /usr/bin/time -f '%e %U %S %M' -o "$tmp/time" $meic $cmd "$f" "${extra[@]}" --lang en >/dev/null 2>"$tmp/err"; code=$?
  # GNU time puts "Command exited with non-zero status N" before its figures when the exit is not 0: the figures are the last line.
  read -r wall user sys kb < <(tail -n 1 "$tmp/time"); mb=$(( kb / 1024 )); secs=$(python3 -c "print(round($user + $sys, 2))")
  verdict=ok
  if [ "$code" != 2 ] || ! python3 -c "import sys; sys.exit(0 if $secs <= 5 and $mb <= 300 else 1)"; then verdict=FAIL; bad=$((bad+1)); fi
  printf '%-28s %-26s %4s %7s %7s %8s %s\n' "$name" "$cmd" "$code" "$wall" "$secs" "$mb" "$verdict"
  worst_s=$(python3 -c "print(max($worst_s, $secs))"); [ "$mb" -gt "$worst_mb" ] && worst_mb=$mb
done
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg); most CPU ${worst_s} s, most memory ${worst_mb} MB; ${bad} over the goal (5 s, 300 MB, exit 2)"
