#!/usr/bin/env bash
# Stops and removes the throwaway PostgreSQL started by pg-start.sh.
set -u
[ -n "${MEIC_PG_DIR:-}" ] && [ -d "$MEIC_PG_DIR/data" ] || exit 0
RUN=()
[ "$(id -u)" = 0 ] && RUN=(runuser -u "$(stat -c %U "$MEIC_PG_DIR/data")" --)
"${RUN[@]}" "$MEIC_PG_BIN/pg_ctl" -D "$MEIC_PG_DIR/data" -m immediate stop >/dev/null 2>&1 || true
rm -rf "$MEIC_PG_DIR"
