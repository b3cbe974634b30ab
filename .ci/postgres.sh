#!/usr/bin/env bash
# Starts a throw-away PostgreSQL for the sync server's tests and prints the DATABASE_URL to use.
# Sourced by .ci/run. Installs Debian's `postgresql` when it is missing (sudo when not root), runs
# the server as the `postgres` user when we are root (initdb refuses root), in a temporary folder,
# on a port of its own: the machine's own clusters are not touched.
# Prints "<DATABASE_URL> <folder>"; `.ci/postgres.sh stop <folder>` stops it again.
set -euo pipefail
PG_PORT="${PG_PORT:-55432}"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
if [ -z "$bindir" ]; then
	echo "Installing PostgreSQL from Debian" >&2
	$SUDO apt-get update >&2
	DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y postgresql >&2
	bindir=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
fi

as_pg() {
	if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
if [ "${1:-}" = "stop" ]; then
	as_pg "$bindir/pg_ctl" -D "$2/data" stop -m fast >&2
	rm -rf "$2"
	exit 0
fi
PG_DIR="$(mktemp -d /tmp/kartoteka-pg.XXXXXX)"
if [ "$(id -u)" -eq 0 ]; then chown postgres "$PG_DIR"; fi
as_pg "$bindir/initdb" -D "$PG_DIR/data" -U kartoteka --auth=trust >&2
as_pg "$bindir/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/log" -w \
	-o "-p $PG_PORT -k $PG_DIR -c listen_addresses=127.0.0.1" start >&2
as_pg "$bindir/createdb" -h 127.0.0.1 -p "$PG_PORT" -U kartoteka kartoteka_test >&2
echo "postgres://kartoteka@127.0.0.1:$PG_PORT/kartoteka_test $PG_DIR"
