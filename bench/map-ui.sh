#!/usr/bin/env bash
# The map's screens on a large network, as people run them (the ReadyToRun build `./meic` and an install use), in a
# real pseudo-terminal (tmux, a private server) at 80×24, in Italian. The network is bench/network/make-network.py's
# 2,000 actors and 10,000 ties, imported with `meic map import actors|ties` into a blank cluster.
#   - the actors list opened from the Map menu, Enter to its first row drawn: the first time (the plugin loads) and
#     again (RUNS times), beside the same list on the Rome template's 23 actors in the same run (the anchor: what
#     opening a list costs without the rows);
#   - a keypress in the filter to the redrawn, filtered list (30 presses), beside 30 presses of Down on the same list
#     (the anchor: the application's own keypress-to-redraw, which the filter adds to);
#   - while the metrics screen computes: a key typed into its filter to its echo, beside the same key on the same
#     screen once the metrics are shown (the anchor); Esc while it computes to the home page drawn; Enter to the table.
# Goal (issue: a city office's everyday work): the list opens and filters with a keypress under 50 ms; the metrics
# compute in the background and never freeze input. Times include tmux's polling (a capture every few ms), so they
# are upper bounds.
# Usage: bench/map-ui.sh [RUNS]   (default 5)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
runs="${1:-5}"
"$root/scripts/release.sh" >/dev/null # builds only when a source changed since the last build
meic="$root/artifacts/release/meic/meic"
work="$(mktemp -d "${TMPDIR:-/tmp}/meic-bench-map-ui.XXXXXX")"
server="meic-map-ui-$$"
session=bench
tm() { tmux -L "$server" -f /dev/null "$@"; }
trap 'tm kill-server 2>/dev/null || true; rm -rf "$work"' EXIT
load_before="$(cut -d' ' -f1-3 /proc/loadavg)"

python3 "$root/bench/network/make-network.py" 2000 10000 1 "$work/net"
"$meic" init "$work/big" --template blank --city Torino --lang it >/dev/null
"$meic" --cluster "$work/big" map import actors "$work/net/actors.csv" >/dev/null
"$meic" --cluster "$work/big" map import ties "$work/net/ties.csv" >/dev/null
"$meic" init "$work/rome" --template rome --lang it >/dev/null

now() { date +%s%N; }
ms() { echo $(( ($(now) - $1) / 1000000 )); }
screen() { tm capture-pane -p -t "$session"; }
wait_for() { local i=0; until screen | grep -qF -- "$1"; do i=$((i + 1)); [ $i -lt 20000 ] || { echo "never saw: $1" >&2; screen >&2; exit 1; }; sleep 0.002; done; }
wait_gone() { local i=0; while screen | grep -qF -- "$1"; do i=$((i + 1)); [ $i -lt 20000 ] || { echo "never went: $1" >&2; screen >&2; exit 1; }; sleep 0.002; done; }
# Sends a key and prints the milliseconds until the screen differs from what it was.
timed_key() {
  local before t0 i=0
  before="$(screen)"; t0=$(now); tm send-keys -t "$session" "$@"
  until [ "$(screen)" != "$before" ]; do i=$((i + 1)); [ $i -lt 20000 ] || break; sleep 0.002; done
  ms "$t0"
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2)}'; }
worst() { sort -n | tail -1; }
start() { tm new-session -d -s "$session" -x 80 -y 24 -c "$1" "$meic ui --lang it"; wait_for '$ meic status'; }
stop() { tm send-keys -t "$session" C-q; sleep 0.3; tm kill-session -t "$session" 2>/dev/null || true; }
# Opens the Map menu with a click on its name in the bar, moves DOWNS entries down, and times Enter to TEXT drawn.
open_map() {
  local downs=$1 text=$2 col t0
  col=$(screen | head -1 | awk '{print index($0, "Mappa")}')
  [ "$col" -gt 0 ] || { echo "no Mappa menu in the bar:" >&2; screen >&2; exit 1; }
  tm send-keys -t "$session" -l $'\e[<0;'"$col"$';1M\e[<0;'"$col"$';1m'
  wait_for 'Metriche di rete'
  for _ in $(seq "$downs"); do tm send-keys -t "$session" Down; done
  sleep 0.2; t0=$(now); tm send-keys -t "$session" Enter
  wait_for "$text"; ms "$t0"
}
home() { tm send-keys -t "$session" Escape; wait_for '$ meic status'; }

# 1. Opening the actors list: 2,000 actors (first row "A0000") and the anchor, Rome's 23 (first row "A buon diritto").
declare -A first opened
for ws in big rome; do
  row=$([ "$ws" = big ] && echo 'A0000' || echo 'A buon diritto')
  start "$work/$ws"
  first[$ws]=$(open_map 0 "$row"); home
  list=()
  for _ in $(seq "$runs"); do list+=("$(open_map 0 "$row")"); home; done
  opened[$ws]=$(printf '%s\n' "${list[@]}" | median)
  stop
done

# 2. The filter on 2,000 actors: a digit typed and taken back, each timed to the redrawn list; Down as the anchor.
start "$work/big"
open_map 0 'A0000' >/dev/null
sleep 3 # the actors' metrics, computed in the background for the detail, are done: this part times the list alone
downs=(); for _ in $(seq 30); do downs+=("$(timed_key Down)"); done
tm send-keys -t "$session" /; sleep 0.2
filter=()
for i in $(seq 15); do filter+=("$(timed_key -l "$((i % 10))")"); filter+=("$(timed_key BSpace)"); done
sleep 0.5; matched=$(screen | grep -c '│A[0-9]' || true) # the whole list back once the filter is empty
tm send-keys -t "$session" Escape; home; stop

# 3. The metrics screen while it computes: keys typed into its filter, then the same keys once the table is shown.
start "$work/big"
busy=() idle=() escape=() computed=()
for _ in $(seq "$runs"); do
  t_open=$(now)
  open_map 4 'Calcolo delle metriche' >/dev/null
  tm send-keys -t "$session" /
  n=0
  while screen | grep -qF 'Calcolo delle metriche'; do
    t=$(timed_key -l x); screen | grep -qF 'Calcolo delle metriche' && busy+=("$t")
    t=$(timed_key BSpace); screen | grep -qF 'Calcolo delle metriche' && busy+=("$t")
    n=$((n + 1)); [ $n -lt 200 ] || break
  done
  wait_gone 'Calcolo delle metriche'; computed+=("$(ms "$t_open")")
  for _ in $(seq 5); do idle+=("$(timed_key -l x)"); idle+=("$(timed_key BSpace)"); done
  tm send-keys -t "$session" Escape; home
  # Esc while it computes: timed to the home page drawn.
  open_map 4 'Calcolo delle metriche' >/dev/null
  t0=$(now); tm send-keys -t "$session" Escape; wait_for '$ meic status'; escape+=("$(ms "$t0")")
done
stop
t0=$(now); "$meic" --cluster "$work/big" map metrics --only betweenness,closeness,constraint --json >/dev/null; cli=$(ms "$t0")

printf 'load average before: %s, after: %s; runs: %s\n' "$load_before" "$(cut -d' ' -f1-3 /proc/loadavg)" "$runs"
printf 'actors list, Enter to the first row (ms): 2,000 actors first %s, again median %s; anchor, 23 actors: first %s, again median %s\n' \
  "${first[big]}" "${opened[big]}" "${first[rome]}" "${opened[rome]}"
printf 'filter keypress to redrawn list, 2,000 actors (ms): median %s, worst %s (rows shown at the end: %s); anchor Down: median %s, worst %s\n' \
  "$(printf '%s\n' "${filter[@]}" | median)" "$(printf '%s\n' "${filter[@]}" | worst)" "$matched" \
  "$(printf '%s\n' "${downs[@]}" | median)" "$(printf '%s\n' "${downs[@]}" | worst)"
printf 'metrics screen: Enter to the table (ms) median %s; key echo while computing: median %s, worst %s (%s keys); anchor, once shown: median %s, worst %s; Esc while computing to home (ms): median %s, worst %s\n' \
  "$(printf '%s\n' "${computed[@]}" | median)" "$(printf '%s\n' "${busy[@]:-0}" | median)" "$(printf '%s\n' "${busy[@]:-0}" | worst)" "${#busy[@]}" \
  "$(printf '%s\n' "${idle[@]}" | median)" "$(printf '%s\n' "${idle[@]}" | worst)" \
  "$(printf '%s\n' "${escape[@]}" | median)" "$(printf '%s\n' "${escape[@]}" | worst)"
printf '`meic map metrics --only betweenness,closeness,constraint --json` on the same map (ms): %s\n' "$cli"
