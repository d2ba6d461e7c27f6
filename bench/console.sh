#!/usr/bin/env bash
# The facilitator's live console as people run it (the ReadyToRun build), in a real pseudo-terminal (tmux) at
# 80×24, on a Rome workspace: a plenary with three agenda items and every organisation of the map invited.
#   - a burst of 400 keys sent at once into the note (empty, then after 3,000 characters): keys per second handled,
#     from the send to the last key drawn;
#   - one key typed into a 3,000-character note to its echo on screen, 30 times;
#   - idle CPU over 30 s with the countdown running, and resident memory.
# Goals (issue: the facilitator's live tools): 200 keys per second in a burst; keypress -> redraw < 50 ms; idle CPU
# <= 2% of one core. Times include tmux's own polling (a capture every ~2-5 ms), so they are upper bounds.
# Usage: bench/console.sh [paragraphs]   (with "paragraphs", Enter after each burst: the note in 400-character paragraphs)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
[ -x "$root/artifacts/release/meic/meic" ] || "$root/scripts/release.sh" >/dev/null
meic="$root/artifacts/release/meic/meic"
work="$(mktemp -d)"
session="meic-console-$$"
trap 'tmux kill-session -t "$session" 2>/dev/null || true; rm -rf "$work"' EXIT
ws="$work/roma"
"$meic" init "$ws" --template rome --lang it >/dev/null
m=("$meic" --cluster "$ws")
invite=$("${m[@]}" map actors list --json | python3 -c 'import json,sys; print(",".join(a["id"] for a in json.load(sys.stdin)))')
"${m[@]}" meeting plan --title Plenaria --kind plenary --start "2030-03-14 10:00" --minutes 120 --invite "$invite" >/dev/null
id=2030-03-14-plenary
for t in Giro Lavoro Casa; do "${m[@]}" meeting agenda add "$id" --title "$t" --minutes 30 >/dev/null; done

now() { date +%s%N; }
screen() { tmux capture-pane -p -t "$session"; }
wait_for() { local i=0; until screen | grep -qF -- "$1"; do i=$((i + 1)); [ $i -lt 60000 ] || { echo "never saw: $1" >&2; screen >&2; exit 1; }; sleep 0.002; done; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2)}'; }
burst() { # $1: a marker that ends the burst; prints keys per second
  local text; text="$(python3 -c "print(('parola ' * 57)[:392] + '$1', end='')")"
  local t0; t0=$(now); tmux send-keys -t "$session" -l "$text"; wait_for "$1"
  awk -v n=${#text} -v ns=$(( $(now) - t0 )) 'BEGIN {printf "%.0f", n / (ns / 1e9)}'
}

tmux new-session -d -s "$session" -x 80 -y 24 -c "$ws" "$meic meeting run $id --lang it"
wait_for "Presenze 0/"
tmux send-keys -t "$session" F6; wait_for "Note · Giro"
empty=$(burst "ZQ1")
# Fill the note to 3,000 characters (seven more bursts), then measure again.
paragraphs="${1:-}"
for i in 2 3 4 5 6 7 8; do
  [ -n "$paragraphs" ] && tmux send-keys -t "$session" Enter
  burst "ZQ$i" >/dev/null
done
[ -n "$paragraphs" ] && tmux send-keys -t "$session" Enter
long=$(burst "ZQ9")
presses=()
for i in $(seq 30); do
  before="$(screen)"; t0=$(now); tmux send-keys -t "$session" -l "x"
  j=0; until [ "$(screen)" != "$before" ]; do j=$((j + 1)); [ $j -lt 20000 ] || break; sleep 0.002; done
  presses+=($(( ($(now) - t0) / 1000000 )))
done
pid=$(tmux display -p -t "$session" '#{pane_pid}')
ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
sleep 3; c0=$(ticks "$pid"); sleep 30; c1=$(ticks "$pid")
hz=$(getconf CLK_TCK)
cpu=$(awk -v d=$((c1 - c0)) -v hz="$hz" 'BEGIN {printf "%.1f", d / hz / 30 * 100}')
rss=$(awk '/VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$pid/status")
invited=$(echo "$invite" | tr ',' '\n' | wc -l)

printf 'burst of 400 keys into an empty note: %s keys/s; into a 3,000-character note%s: %s keys/s (%s invited)\n' "$empty" "${paragraphs:+ in paragraphs}" "$long" "$invited"
printf 'keypress to echo in a 3,000-character note (ms): median %s, worst %s\n' "$(printf '%s\n' "${presses[@]}" | median)" "$(printf '%s\n' "${presses[@]}" | sort -n | tail -1)"
printf 'idle CPU over 30 s with the countdown running: %s%% of one core; resident memory: %s MB\n' "$cpu" "$rss"
