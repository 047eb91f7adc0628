#!/bin/sh
# Runs a local PostgreSQL for the ASA AppHost: initdb on first start, then postgres until told to stop.
# Usage: postgres.sh DATA_ROOT PORT   (PG_BINDIR names the directory holding initdb and postgres)
set -eu

data_root=$1
port=$2
pgdata="$data_root/postgres"
pwfile="$data_root/postgres.password"
bindir=${PG_BINDIR:?PG_BINDIR must name the PostgreSQL bin directory}

# PostgreSQL refuses to run as root: drop to the postgres OS user.
if [ "$(id -u)" = 0 ]; then
    id postgres >/dev/null 2>&1 || { echo "running as root needs the 'postgres' OS user" >&2; exit 1; }
    credentials="--reuid=postgres --regid=postgres --init-groups"
    owner=postgres
else
    credentials=""
    owner=$(id -un)
fi

if [ ! -s "$pgdata/PG_VERSION" ]; then
    echo "initialising $pgdata"
    # initdb into a scratch directory and rename it, so an interrupted initdb is simply redone.
    rm -rf "$pgdata.init"
    install -d -m 700 -o "$owner" "$pgdata.init"
    # initdb reads the password file as the postgres user.
    chown "$owner" "$pwfile"
    # shellcheck disable=SC2086
    setpriv $credentials -- "$bindir/initdb" --pgdata="$pgdata.init" --username=postgres --pwfile="$pwfile" \
        --auth=scram-sha-256 --encoding=UTF8 --locale=C.UTF-8
    mv "$pgdata.init" "$pgdata"
fi

# Aspire stops an executable with SIGTERM and kills it a few seconds later. To postgres SIGTERM means a
# "smart" shutdown that waits for every client to leave, so pass SIGINT (fast shutdown) on instead.
# --pdeathsig shuts postgres down too if this script itself is killed.
# shellcheck disable=SC2086
setpriv --pdeathsig INT $credentials -- "$bindir/postgres" -D "$pgdata" -p "$port" \
    -c listen_addresses=127.0.0.1 -c unix_socket_directories="$pgdata" &
postgres=$!
trap 'kill -INT "$postgres" 2>/dev/null || true' TERM INT

status=0
wait "$postgres" || status=$?
# A trapped signal interrupts wait; keep waiting until postgres has finished shutting down.
while kill -0 "$postgres" 2>/dev/null; do
    status=0
    wait "$postgres" || status=$?
done
exit "$status"
