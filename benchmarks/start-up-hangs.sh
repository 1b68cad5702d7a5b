#!/usr/bin/env bash
# Starts the built Payara Micro runtime (no application) again and again and counts the starts that never get ready:
# Payara's services, started on several threads, can deadlock now and then (docs/benchmarks.md, "start-ups that never
# got ready"). BUSY processes spin on the cores meanwhile, as a loaded machine or a container with a small CPU quota
# would: Payara's reports of such hangs come from loaded machines (payara/Payara#4395), though 50 loaded starts
# here brought out none.
# usage (from the repository root, after ./mvnw package): benchmarks/start-up-hangs.sh <work dir> [<JVM options>]
#   ROUNDS (50) starts; BUSY (4) spinning processes; a start not ready within TIMEOUT (60) seconds counts as hung,
#   and its thread dump and log are kept in the work directory.
# Prints one line per start ("<round> ready|hung|exited <ms>"), then the totals.
set -euo pipefail
. .mvn/java-home.sh || exit 1
work=$1
options=${2:-}
rounds=${ROUNDS:-50}
busy=${BUSY:-4}
timeout=${TIMEOUT:-60}
micro=payara-config/target/payara-micro.jar
[ -f "$micro" ] || { echo "start-up-hangs.sh: $micro is missing; run ./mvnw package -DskipTests first" >&2; exit 1; }
mkdir -p "$work"
echo 'set configs.config.server-config.network-config.network-listeners.network-listener.http-listener.address=127.0.0.1' \
    > "$work/loopback.asadmin"

spinners=()
stop_all() {
    [ ${#spinners[@]} -eq 0 ] || kill "${spinners[@]}" 2> /dev/null || true
    [ -z "${server:-}" ] || kill -9 "$server" 2> /dev/null || true
}
trap stop_all EXIT
for _ in $(seq "$busy"); do
    (while :; do :; done) &
    spinners+=($!)
done

declare -A count=([ready]=0 [hung]=0 [exited]=0)
for round in $(seq "$rounds"); do
    rm -rf "$work/runtime"
    started=$(date +%s%N)
    # shellcheck disable=SC2086 # the options are words
    setsid java -Xms512m -Xmx512m $options -jar "$micro" --nohazelcast --port 18591 --rootdir "$work/runtime" \
        --prebootcommandfile "$work/loopback.asadmin" > "$work/server.log" 2>&1 < /dev/null &
    server=$!
    state=hung
    for _ in $(seq $((timeout * 10))); do
        if grep -q 'Payara Micro .* ready in' "$work/server.log"; then state=ready; break; fi
        if ! kill -0 "$server" 2> /dev/null; then state=exited; break; fi
        sleep 0.1
    done
    millis=$(( ($(date +%s%N) - started) / 1000000 ))
    if [ "$state" != ready ]; then
        jcmd "$server" Thread.print > "$work/$state-$round-threads.txt" 2>&1 || true
        cp "$work/server.log" "$work/$state-$round.log"
    fi
    echo "$round $state $millis"
    count[$state]=$((count[$state] + 1))
    kill "$server" 2> /dev/null || true
    for _ in $(seq 60); do kill -0 "$server" 2> /dev/null || break; sleep 0.5; done
    kill -9 "$server" 2> /dev/null || true
    server=
done
rm -rf "$work/runtime"
echo "options: ${options:-none}; $rounds starts with $busy busy processes: ${count[ready]} ready, ${count[hung]} hung, ${count[exited]} exited"
