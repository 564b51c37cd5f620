#!/usr/bin/env bash
# Load run on loopback: the release server against SQLite (and PostgreSQL when a URL is
# given), wrk posting complete registrations with a new idempotency key each.
#   tests/load/run.sh [postgres://...]
# Prints requests/s, p50/p99 latency, stored rows and the server's peak memory.
set -euo pipefail
cd "$(dirname "$0")/../.."
command -v wrk >/dev/null || apt-get install -y wrk
cargo build --release -q -p form-server
run() {
  local db=$1 label=$2
  ./target/release/form-server --db "$db" serve --listen 127.0.0.1:8091 --rate-limit 0 --today 2021-03-15 2>/dev/null &
  local pid=$!
  sleep 1
  echo "== $label"
  wrk -t2 -c32 -d20s -s tests/load/submit.lua http://127.0.0.1:8091 | grep -E 'Requests/sec|p50|requests in|Non-2xx'
  echo "peak RSS: $(grep VmHWM /proc/$pid/status | awk '{print $2, $3}')"
  kill $pid
  wait $pid 2>/dev/null || true
}
rm -f /tmp/form-load.sqlite3*
run /tmp/form-load.sqlite3 "SQLite (WAL, synchronous=FULL, group commit)"
python3 -c "import sqlite3; print('stored rows:', sqlite3.connect('/tmp/form-load.sqlite3').execute('select count(*) from submissions').fetchone()[0])"
if [ $# -ge 1 ]; then
  run "$1" "PostgreSQL"
fi
