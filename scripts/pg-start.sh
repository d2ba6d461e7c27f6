#!/usr/bin/env bash
# Starts a throwaway PostgreSQL 15 from the machine's binaries on a loopback port in a temp folder.
# Prints the connection string on stdout; the server's folder is in $MEIC_PG_DIR (or the one printed to stderr).
# Usage: eval "$(scripts/pg-start.sh)"   then   scripts/pg-stop.sh
set -euo pipefail
INITDB=$(command -v initdb || ls /usr/lib/postgresql/*/bin/initdb 2>/dev/null | tail -n1 || true)
[ -n "$INITDB" ] || { echo "pg-start: no initdb on this machine" >&2; exit 3; }
BIN=$(dirname "$(readlink -f "$INITDB")")
DIR=$(mktemp -d /tmp/meic-pg.XXXXXX)
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()' 2>/dev/null || echo 55432)
PASS=meic-test-$RANDOM$RANDOM
RUN=()
if [ "$(id -u)" = 0 ]; then
  # PostgreSQL refuses to run as root: run it as the postgres (or nobody) account.
  U=$(id -u postgres >/dev/null 2>&1 && echo postgres || echo nobody)
  chown "$U" "$DIR"
  RUN=(runuser -u "$U" --)
fi
echo "$PASS" > "$DIR/pw"; chmod 600 "$DIR/pw"; [ ${#RUN[@]} -gt 0 ] && chown "${RUN[2]}" "$DIR/pw"
"${RUN[@]}" "$BIN/initdb" -D "$DIR/data" -U meic --pwfile="$DIR/pw" -A scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$DIR/initdb.log" 2>&1 \
  || { cat "$DIR/initdb.log" >&2; exit 1; }
"${RUN[@]}" "$BIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w -t 60 \
  -o "-c listen_addresses=127.0.0.1 -p $PORT -k $DIR -c fsync=off -c max_connections=200" start >/dev/null \
  || { cat "$DIR/server.log" >&2; exit 1; }
echo "export MEIC_PG_DIR=$DIR"
echo "export MEIC_PG_BIN=$BIN"
echo "export MEIC_TEST_POSTGRES='Host=127.0.0.1;Port=$PORT;Username=meic;Password=$PASS;Database=postgres'"
