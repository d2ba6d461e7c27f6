#!/usr/bin/env bash
# Installs the toolkit so `meic` works from any folder, like git: the Release ReadyToRun build
# (scripts/release.sh, built only when the sources changed) with its plugins and templates is copied to
# PREFIX/share/meic, and PREFIX/bin/meic links to its executable. PREFIX is /usr/local for root,
# ~/.local otherwise, or --prefix DIR. Running it again replaces the installed copy in one step.
# Usage: scripts/install.sh [--prefix DIR] [--lang it|es|en]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
if [ "$(id -u)" = 0 ]; then prefix=/usr/local; else prefix="$HOME/.local"; fi
lang="${MEIC_LANG:-}"
while [ $# -gt 0 ]; do
  case "$1" in
    --prefix) prefix="$2"; shift ;;
    --prefix=*) prefix="${1#--prefix=}" ;;
    --lang) lang="$2"; shift ;;
    --lang=*) lang="${1#--lang=}" ;;
  esac
  shift
done
. "$root/scripts/release-text.sh"
release_language "$lang"
"$root/scripts/release.sh" --lang "$RELEASE_LANG"
dest="$prefix/share/meic"
mkdir -p "$prefix/share" "$prefix/bin"
# Copy beside the old install, then swap: a `meic` started meanwhile sees the old copy or the new one.
stage=$(mktemp -d "$prefix/share/.meic-install.XXXXXX")
cp -a "$root/artifacts/release/meic/." "$stage/"
chmod 755 "$stage"
if [ -e "$dest" ]; then
  old=$(mktemp -d "$prefix/share/.meic-old.XXXXXX")
  mv "$dest" "$old/meic"
  mv "$stage" "$dest"
  rm -rf "$old"
else
  mv "$stage" "$dest"
fi
ln -sfn "$dest/meic" "$prefix/bin/meic"
echo "$(release_text installed "$dest" "$prefix/bin/meic")" >&2
case ":$PATH:" in *":$prefix/bin:"*) ;; *) echo "$(release_text path "$prefix/bin")" >&2 ;; esac
