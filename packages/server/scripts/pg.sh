#!/usr/bin/env bash
# A throwaway PostgreSQL 15 for the server's tests: a temporary data directory, a loopback port, trust auth for the
# local user only. Used by .ci/run and by `npm run server:test`.
#
#   packages/server/scripts/pg.sh start     # prints nothing; writes $PGWORK/env (DATABASE_URL=...)
#   packages/server/scripts/pg.sh restart   # fast stop + start (the tests' "database restarted mid-burst")
#   packages/server/scripts/pg.sh stop      # stops and deletes the data directory
#
# PGWORK (default /tmp/opencasework-pg) holds the data directory; PGPORT (default 55432) the port. PostgreSQL
# refuses to run as root, so as root it runs as the `postgres` user that Debian's package creates.
set -euo pipefail
BIN="${PGBIN:-/usr/lib/postgresql/15/bin}"
WORK="${PGWORK:-/tmp/opencasework-pg}"
PORT="${PGPORT:-55432}"
DATA="$WORK/data"

as_pg() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "${1:-}" in
  install)
    if [ ! -x "$BIN/initdb" ]; then
      SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
      $SUDO apt-get update -qq
      DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq postgresql >/dev/null
    fi
    ;;
  start)
    mkdir -p "$WORK"
    [ "$(id -u)" -ne 0 ] || chown postgres "$WORK"
    if [ ! -f "$DATA/PG_VERSION" ]; then
      as_pg "$BIN/initdb" -D "$DATA" -U opencasework --auth=trust --encoding=UTF8 --locale=C.UTF-8 >/dev/null
      cat >>"$DATA/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
port = $PORT
unix_socket_directories = '$WORK'
max_connections = 200
fsync = on
CONF
    fi
    as_pg "$BIN/pg_ctl" -D "$DATA" -l "$WORK/log" -w -t 60 start >/dev/null
    as_pg "$BIN/createdb" -h 127.0.0.1 -p "$PORT" -U opencasework opencasework 2>/dev/null || true
    echo "DATABASE_URL=postgres://opencasework@127.0.0.1:$PORT/opencasework" >"$WORK/env"
    ;;
  restart)
    as_pg "$BIN/pg_ctl" -D "$DATA" -m fast -w stop >/dev/null
    as_pg "$BIN/pg_ctl" -D "$DATA" -l "$WORK/log" -w -t 60 start >/dev/null
    ;;
  stop)
    if [ -f "$DATA/postmaster.pid" ]; then as_pg "$BIN/pg_ctl" -D "$DATA" -m fast -w stop >/dev/null || true; fi
    rm -rf "$WORK"
    ;;
  *)
    echo "usage: $0 install|start|restart|stop" >&2
    exit 2
    ;;
esac
