#!/usr/bin/env bash
# The terminal application as people run it (the ReadyToRun build `./meic` and an install use), in a real
# pseudo-terminal (tmux) at 80×24 on a Rome workspace with 1,000 more actors:
#   - time from starting `meic` to the first drawn screen (the home page's "$ meic status" line), RUNS times,
#     beside `meic status` started the same way in the same run (the host's own start-up, the anchor);
#   - a keypress (Down) to the redrawn list of actors, 50 presses;
#   - idle CPU of the open application over 30 s, and its resident memory.
# Goals (issue: the terminal application): first screen <= 1 s; keypress -> redraw < 50 ms on 1,000 actors;
# idle CPU <= 2% of one core; memory <= 120 MB. Times include tmux's own polling (a capture every ~5 ms),
# so they are upper bounds.
# Usage: bench/ui.sh [RUNS]   (default 5)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
runs="${1:-5}"
[ -x "$root/artifacts/release/meic/meic" ] || "$root/scripts/release.sh" >/dev/null
meic="$root/artifacts/release/meic/meic"
work="$(mktemp -d)"
session="meic-bench-$$"
trap 'tmux kill-session -t "$session" 2>/dev/null || true; rm -rf "$work"' EXIT
ws="$work/roma"
"$meic" init "$ws" --template rome --lang it >/dev/null
python3 - "$work/actors.csv" <<'PY'
import sys, random
random.seed(1000)
sectors = ["third-sector", "company", "public-administration", "research"]
areas = ["work", "housing", "culture", "institutions"]
with open(sys.argv[1], "w", encoding="utf-8") as f:
    f.write("name,sector,area,district\n")
    for i in range(1000):
        roman = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV"]
        f.write(f"Associazione {i:04d} {random.choice(['Roma', 'Lazio'])},{random.choice(sectors)},{random.choice(areas)},Municipio {roman[i % 15]}\n")
PY
"$meic" --cluster "$ws" map import actors "$work/actors.csv" >/dev/null

now() { date +%s%N; }
screen() { tmux capture-pane -p -t "$session"; }
wait_for() { local i=0; until screen | grep -qF -- "$1"; do i=$((i + 1)); [ $i -lt 20000 ] || { echo "never saw: $1" >&2; screen >&2; exit 1; }; sleep 0.005; done; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2)}'; }

first=() status=()
for _ in $(seq "$runs"); do
  t0=$(now); tmux new-session -d -s "$session" -x 80 -y 24 -c "$ws" "$meic"
  wait_for '$ meic status'; first+=($(( ($(now) - t0) / 1000000 )))
  tmux send-keys -t "$session" C-q; sleep 0.5; tmux kill-session -t "$session" 2>/dev/null || true
  # The end of the output, not a word in it: at 80×24 the summary scrolls its first lines off the screen.
  t0=$(now); tmux new-session -d -s "$session" -x 80 -y 24 -c "$ws" "sh -c '$meic status; echo MEIC-STATUS-DONE; sleep 60'"
  wait_for 'MEIC-STATUS-DONE'; status+=($(( ($(now) - t0) / 1000000 )))
  tmux kill-session -t "$session" 2>/dev/null || true
done

# The actors list: the map plugin's menu clicked in the menu bar, its first screen opened.
tmux new-session -d -s "$session" -x 80 -y 24 -c "$ws" "$meic"
wait_for '$ meic status'
col=$(screen | head -1 | awk '{print index($0, "Mappa")}')
[ "$col" -gt 0 ] || { echo "no Mappa menu in the bar:" >&2; screen >&2; exit 1; }
tmux send-keys -t "$session" -l $'\e[<0;'"$col"$';1M\e[<0;'"$col"$';1m'
sleep 0.5; tmux send-keys -t "$session" Enter
wait_for 'Associazione 0'
presses=()
for _ in $(seq 50); do
  before="$(screen)"; t0=$(now); tmux send-keys -t "$session" Down
  i=0; until [ "$(screen)" != "$before" ]; do i=$((i + 1)); [ $i -lt 20000 ] || break; sleep 0.002; done
  presses+=($(( ($(now) - t0) / 1000000 )))
done

pid=$(tmux display -p -t "$session" '#{pane_pid}')
ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
c0=$(ticks "$pid"); sleep 30; c1=$(ticks "$pid")
hz=$(getconf CLK_TCK)
cpu=$(awk -v d=$((c1 - c0)) -v hz="$hz" 'BEGIN {printf "%.1f", d / hz / 30 * 100}')
rss=$(awk '/VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$pid/status")

printf 'first screen (ms, median of %s): %s   beside `meic status` (ms): %s\n' "$runs" "$(printf '%s\n' "${first[@]}" | median)" "$(printf '%s\n' "${status[@]}" | median)"
printf 'keypress to redraw on 1,000 actors (ms): median %s, worst %s\n' "$(printf '%s\n' "${presses[@]}" | median)" "$(printf '%s\n' "${presses[@]}" | sort -n | tail -1)"
printf 'idle CPU over 30 s: %s%% of one core; resident memory: %s MB\n' "$cpu" "$rss"
