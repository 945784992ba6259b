#!/usr/bin/env bash
# Installs (from Debian's packages) and starts what the PostgreSQL, Redis, browser and
# accessibility parts of the suite need: PostgreSQL with trust auth on 127.0.0.1 and a
# `callpath` database, Redis on 127.0.0.1:6379, Chromium, npm. Safe to run again.
# Needs root (or sudo) and Debian; `make run` and `make test` need none of it.
set -euo pipefail

SUDO=""
if [ "$(id -u)" != 0 ]; then
    SUDO="sudo"
fi

missing=()
command -v pg_ctlcluster >/dev/null 2>&1 || missing+=(postgresql)
command -v redis-server >/dev/null 2>&1 || missing+=(redis-server)
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v npm >/dev/null 2>&1 || missing+=(npm)
if [ ${#missing[@]} -gt 0 ]; then
    echo "== Installing ${missing[*]}"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# PostgreSQL: the newest installed cluster, local connections trusted (a development and CI
# machine only), listening on 127.0.0.1:5432.
version="$(ls /etc/postgresql | sort -V | tail -1)"
if ! pg_lsclusters -h | grep -q "^$version main"; then
    $SUDO pg_createcluster "$version" main >/dev/null
fi
hba="/etc/postgresql/$version/main/pg_hba.conf"
if ! grep -q '^# callpath: trust local' "$hba"; then
    echo "== PostgreSQL $version: trusting local connections"
    $SUDO tee "$hba" >/dev/null <<'HBA'
# callpath: trust local connections (development and CI machines only)
local   all all              trust
host    all all 127.0.0.1/32 trust
host    all all ::1/128      trust
HBA
    if pg_lsclusters -h | grep -q "^$version main .* online"; then
        $SUDO pg_ctlcluster "$version" main reload
    fi
fi
if ! pg_lsclusters -h | grep -q "^$version main .* online"; then
    echo "== Starting PostgreSQL $version"
    $SUDO pg_ctlcluster "$version" main start
fi
PG="postgres://postgres@127.0.0.1:5432"
for _ in $(seq 30); do
    psql "$PG/postgres" -tAc "SELECT 1" >/dev/null 2>&1 && break
    sleep 1
done
if ! psql "$PG/postgres" -tAc "SELECT 1 FROM pg_database WHERE datname = 'callpath'" | grep -q 1; then
    psql "$PG/postgres" -qc "CREATE DATABASE callpath"
fi
echo "PostgreSQL: $PG/callpath"

# Redis on loopback only, as a daemon; no service manager needed.
if ! redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null 2>&1; then
    echo "== Starting Redis"
    redis-server --bind 127.0.0.1 --port 6379 --daemonize yes --save "" --appendonly no \
        --logfile /tmp/callpath-redis.log >/dev/null
    for _ in $(seq 20); do
        redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null 2>&1 && break
        sleep 0.5
    done
fi
redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null
echo "Redis: redis://127.0.0.1:6379"
echo "Chromium: $(command -v chromium)"
