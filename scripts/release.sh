#!/usr/bin/env bash
# Builds the toolkit people run — Release, ReadyToRun, host + plugins + templates — into
# artifacts/release/meic/ (scripts/release.proj), unless nothing changed since the last build.
# Then records what the build read (artifacts/release/inputs: every source file and folder, found
# once here) and their modification times (artifacts/release/stamp), so `./meic` can tell whether
# the build is current by statting those paths alone, without walking the tree.
# Usage: scripts/release.sh [--force] [--lang it|es|en]
# Prints progress on stderr; exit 0 when the build is current, 1 when it failed.
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$root/artifacts/release"
force=0 lang="${MEIC_LANG:-}"
while [ $# -gt 0 ]; do
  case "$1" in
    --force) force=1 ;;
    --lang) lang="${2:-}"; shift ;;
    --lang=*) lang="${1#--lang=}" ;;
  esac
  shift
done
. "$root/scripts/release-text.sh"
release_language "$lang"

# The paths whose modification times decide whether the build is current, relative to the checkout.
inputs() {
  cd "$root" && find src plugins templates scripts/release.proj global.json \
    Directory.Build.props Directory.Build.targets Directory.Packages.props \
    \( -name bin -o -name obj \) -prune -o -print 2>/dev/null | LC_ALL=C sort
}
current() {
  [ -x "$out/meic/meic" ] && [ -f "$out/stamp" ] && [ -f "$out/inputs" ] || return 1
  local -a paths
  mapfile -t paths < "$out/inputs"
  [ "$(cd "$root" && stat -c '%n %.9Y' -- "${paths[@]}" 2>/dev/null)" = "$(cat "$out/stamp")" ] || return 1
  # a file added where no listed folder changed cannot happen: adding a file changes its folder's time
}
if [ "$force" = 0 ] && current; then exit 0; fi
# One build at a time per checkout: a second `./meic` started meanwhile waits here, then finds it current.
mkdir -p "$out"
exec 9>"$out/.lock"
flock 9
if [ "$force" = 0 ] && current; then exit 0; fi

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
echo "$(release_text building)" >&2
mkdir -p "$out"
log=$(mktemp "${TMPDIR:-/tmp}/meic-release.XXXXXX")
rm -f "$out/stamp"
rm -rf "$out/meic"
total=$(cd "$root" && ls -d src/Meic.Sdk src/Meic.Core src/Meic.Store.Postgres src/Meic.Store.LiteDb src/Meic.Scripting src/Meic.Tui src/Meic.Cli plugins/*/ 2>/dev/null | wc -l)
done_count=0
# One line per project as it is published ("  [3/12] Meic.Mapping"), from MSBuild's "Name -> path" lines.
dotnet msbuild "$root/scripts/release.proj" -restore -m -nologo -v:m -clp:NoSummary >"$log" 2>&1 &
build=$!
shown=""
while kill -0 "$build" 2>/dev/null; do
  sleep 1
  while IFS= read -r line; do
    name=${line%% -> *}; name=${name##* }
    case " $shown " in *" $name "*) continue ;; esac
    shown="$shown $name"; done_count=$((done_count + 1))
    printf '  [%d/%d] %s\n' "$done_count" "$total" "$name" >&2
  done < <(grep -E '^ +[A-Za-z0-9.]+ -> ' "$log")
done
wait "$build"; status=$?
if [ "$status" != 0 ]; then
  grep -E ': error ' "$log" | sort -u | head -n 20 >&2
  echo "$(release_text failed "$log")" >&2
  exit 1
fi
rm -f "$log"
inputs > "$out/inputs"
mapfile -t paths < "$out/inputs"
(cd "$root" && stat -c '%n %.9Y' -- "${paths[@]}") > "$out/stamp"
echo "$(release_text built "$out/meic")" >&2
