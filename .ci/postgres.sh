#!/usr/bin/env bash
# A throw-away PostgreSQL server for the store tests (tests/store), sourced by .ci/run:
#
#   source .ci/postgres.sh && pg_test_start    # installs if needed, starts, exports the URL
#   pg_test_stop                               # stops the server and removes its data
#
# The server runs as the `postgres` user from a temporary data directory, listens on
# 127.0.0.1 only, on a free port, with trust authentication (it holds nothing but test
# data and lives only as long as the CI run).  The tests read EVENTWIRE_TEST_PG_URL; when it
# is unset they skip, so `make test` on a laptop without PostgreSQL still passes.

pg_test_bindir() {
    local d
    for d in /usr/lib/postgresql/*/bin; do
        [ -x "$d/initdb" ] && { echo "$d"; return 0; }
    done
    return 1
}

pg_test_install() {
    if ! pg_test_bindir >/dev/null; then
        if [ "$(id -u)" != 0 ]; then
            echo "postgres.sh: PostgreSQL is not installed and this is not root; store tests on PostgreSQL will skip" >&2
            return 1
        fi
        DEBIAN_FRONTEND=noninteractive apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
    fi
}

pg_test_free_port() {
    python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

# Run a command as the postgres user when we are root (initdb refuses to run as root).
pg_test_as() {
    if [ "$(id -u)" = 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

pg_test_start() {
    pg_test_install || return 0
    local bin port dir
    bin="$(pg_test_bindir)"
    port="$(pg_test_free_port)"
    dir="$(mktemp -d /tmp/eventwire-pg.XXXXXX)"
    [ "$(id -u)" = 0 ] && chown postgres: "$dir"
    pg_test_as "$bin/initdb" -D "$dir/data" -U postgres -A trust --no-sync -E UTF8 >/dev/null
    pg_test_as "$bin/pg_ctl" -D "$dir/data" -l "$dir/log" -w \
        -o "-h 127.0.0.1 -p $port -k $dir -c fsync=off -c full_page_writes=off" start >/dev/null
    pg_test_as "$bin/createdb" -h 127.0.0.1 -p "$port" -U postgres eventwire_test
    export EVENTWIRE_TEST_PG_DIR="$dir"
    export EVENTWIRE_TEST_PG_BIN="$bin"
    export EVENTWIRE_TEST_PG_URL="postgresql://postgres@127.0.0.1:$port/eventwire_test"
    echo "postgres.sh: PostgreSQL for tests at $EVENTWIRE_TEST_PG_URL" >&2
}

pg_test_stop() {
    [ -n "${EVENTWIRE_TEST_PG_DIR:-}" ] || return 0
    pg_test_as "$EVENTWIRE_TEST_PG_BIN/pg_ctl" -D "$EVENTWIRE_TEST_PG_DIR/data" -m fast -w stop >/dev/null 2>&1 || true
    rm -rf "$EVENTWIRE_TEST_PG_DIR"
    unset EVENTWIRE_TEST_PG_DIR EVENTWIRE_TEST_PG_URL
}
