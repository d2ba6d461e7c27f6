#!/usr/bin/env bash
# Start-up of the toolkit people run, against a ReadyToRun .NET hello world, side by side in one
# hyperfine run: the installed `meic` (scripts/install.sh; `--help`, `status`, `status --json`; goal
# within 1.6x of hello world) and `./meic status` in this checkout (goal within 1.8x; its check that
# the build is current included). Both run through their executables, as hello world does.
# Usage: bench/startup.sh [RUNS]    (MEIC=path/to/meic to time another build than the installed one)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
runs="${1:-31}"
meic="${MEIC:-$(command -v meic || true)}"
[ -n "$meic" ] || { echo "bench: no installed meic on PATH; run scripts/install.sh first (or set MEIC)." >&2; exit 1; }
out=$(mktemp -d "${TMPDIR:-/tmp}/meic-bench-startup.XXXXXX")
trap 'rm -rf "$out"' EXIT
dotnet publish "$root/bench/Hello" -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$out/hello" -nologo -v q >/dev/null
"$root/meic" --version >/dev/null # the checkout's build, rebuilt first if a source changed
"$meic" init "$out/ws" --template rome >/dev/null
cd "$out/ws"
echo "installed: $(readlink -f "$meic"); load average $(cut -d' ' -f1-3 /proc/loadavg)"
hyperfine -N --warmup 3 --runs "$runs" --style basic --export-json "$out/startup.json" \
  -n "hello world" "$out/hello/Hello" \
  -n "meic --help" "$meic --help" \
  -n "meic status" "$meic status" \
  -n "meic status --json" "$meic status --json" \
  -n "./meic status" "$root/meic status" >/dev/null
python3 - "$out/startup.json" <<'PY'
import json, sys
rows = json.load(open(sys.argv[1]))["results"]
hello = rows[0]["median"]
for r in rows:
    print(f"{r['command']:<20} median {r['median']*1000:6.1f} ms  (mean {r['mean']*1000:6.1f} ± {r['stddev']*1000:4.1f})  ratio {r['median']/hello:4.2f}x")
PY
