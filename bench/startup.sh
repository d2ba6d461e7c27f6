#!/usr/bin/env bash
# Startup speed of `meic --help` and `meic status` against a .NET hello world, measured in the
# same run on the same machine. Prints medians and ratios (goal: within 2x of hello world).
# Usage: bench/startup.sh [RUNS]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
runs="${1:-21}"
out="$root/artifacts/bench"
mkdir -p "$out"
dotnet publish "$root/bench/Hello" -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$out/hello" -nologo -v q >/dev/null
rm -rf "$out/meic"
dotnet publish "$root/src/Meic.Cli" -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$out/meic" -nologo -v q >/dev/null
# The plugins sit beside the host as they do in a real install: `--help` lists their commands from
# their manifests (and must not load them); `status` must not even read those.
"$root/meic" --version >/dev/null 2>&1 || true
cp -r "$root/artifacts/meic/plugins" "$out/meic/plugins"
ws="$out/ws"
rm -rf "$ws"
dotnet "$out/meic/meic.dll" init "$ws" --template rome >/dev/null
python3 - "$runs" "$out" "$ws" <<'PY'
import statistics, subprocess, sys, time
runs, out, ws = int(sys.argv[1]), sys.argv[2], sys.argv[3]
def median(cmd, cwd=None):
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=cwd)  # warm the file cache
    xs = []
    for _ in range(runs):
        s = time.perf_counter()
        subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=cwd, check=True)
        xs.append(time.perf_counter() - s)
    return statistics.median(xs)
hello = median(["dotnet", f"{out}/hello/Hello.dll"])
rows = [("meic --help", median(["dotnet", f"{out}/meic/meic.dll", "--help"], cwd=ws)),
        ("meic status", median(["dotnet", f"{out}/meic/meic.dll", "status"], cwd=ws)),
        ("meic status --json", median(["dotnet", f"{out}/meic/meic.dll", "status", "--json"], cwd=ws))]
print(f"hello world        {hello*1000:7.1f} ms")
for name, t in rows:
    print(f"{name:<18} {t*1000:7.1f} ms  ratio {t/hello:4.2f}x")
PY
