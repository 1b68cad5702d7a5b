#!/usr/bin/env bash
# Cold start of ./run.sh: seconds from launch until /health/ready answers 200, and the server's resident
# memory (VmRSS) then. Each round starts on an empty data directory (first start: Flyway builds the schema,
# the cities, the admin and the demo data), stops, then starts again on the same data (restart).
#
# usage (from the root of a built checkout):  benchmarks/cold-start.sh [rounds] [port]
# Works on any checkout that has run.sh and a built WAR (CARTERA_SKIP_BUILD=true), so an older release can be
# measured the same way from its own clone. Prints one line per start and a summary; logs under target/cold-start/.
set -euo pipefail
rounds=${1:-3}
port=${2:-18480}
root=$PWD
work=$root/target/cold-start
mkdir -p "$work"

now() { date +%s.%N; }
# Starts run.sh, waits for readiness, prints "<seconds> <rss KiB>", stops the server.
start_once() {
    local data=$1 log=$2 t0 pid rss
    t0=$(now)
    CARTERA_SKIP_BUILD=true CARTERA_DATA_DIR="$data" CARTERA_HTTP_PORT="$port" \
        CARTERA_ADMIN_PASSWORD="Cold-start-$RANDOM-Aa1" setsid ./run.sh > "$log" 2>&1 < /dev/null &
    pid=$!
    until curl -fs -o /dev/null --max-time 2 "http://127.0.0.1:$port/health/ready"; do
        kill -0 "$pid" 2>/dev/null || { echo "cold-start: the server exited, see $log" >&2; exit 1; }
        sleep 0.2
    done
    local t1
    t1=$(now)
    # run.sh execs java, so the pid is the server's own
    rss=$(awk '/^VmRSS/ {print $2}' "/proc/$pid/status")
    kill "$pid"
    wait "$pid" 2>/dev/null || true
    awk -v a="$t0" -v b="$t1" -v r="$rss" 'BEGIN { printf "%.1f %d\n", b - a, r }'
}

firsts=() restarts=()
for i in $(seq 1 "$rounds"); do
    data=$work/data-$i
    rm -rf "$data"
    read -r s r < <(start_once "$data" "$work/first-$i.log")
    echo "round $i: first start ${s} s to ready, RSS $((r / 1024)) MiB"
    firsts+=("$s $r")
    read -r s r < <(start_once "$data" "$work/restart-$i.log")
    echo "round $i: restart     ${s} s to ready, RSS $((r / 1024)) MiB"
    restarts+=("$s $r")
    rm -rf "$data"
done
summary() {
    printf '%s\n' "${@:2}" | sort -n | awk -v name="$1" '
        { s[NR] = $1; r[NR] = $2 }
        END { printf "%s: median %.1f s (min %.1f, max %.1f), RSS median %d MiB\n", name, s[int((NR + 1) / 2)], s[1], s[NR], r[int((NR + 1) / 2)] / 1024 }'
}
summary "first start" "${firsts[@]}"
summary "restart    " "${restarts[@]}"
