#!/usr/bin/env bash
# Starts the built server for a benchmark, in the background, through run.sh (so with its JVM options, HTTP workers
# and embedded H2 under <bench dir>/data), listening on 127.0.0.1 only, with no demo customers on a first start and
# passwords of its own. Of the variables run.sh itself reads, only CARTERA_HTTP_THREADS and JAVA_OPTS (heap cap, GC
# log) pass on from the caller's environment: not a database, cluster, instance name, secrets or runtime folder, nor
# the log format (the benchmarks read the text log). Unset, JAVA_OPTS gives the JVM no options, not run.sh's 512 MB
# heap, as this script always has.
# usage (from the repository root, after ./mvnw -B -q package -DskipTests): benchmarks/start-loopback-server.sh
#   <bench dir> <port>; prints the pid.
# <bench dir> holds admin-password, metrics-password (the /metrics scrape password: export it as
# CARTERA_BENCH_METRICS_PASSWORD for the heap figures), data/ and server.log.
set -euo pipefail
bench=$1
port=$2
mkdir -p "$bench"
(umask 077
 [ -s "$bench/admin-password" ] || head -c 18 /dev/urandom | base64 | tr -dc A-Za-z0-9 > "$bench/admin-password"
 [ -s "$bench/metrics-password" ] || head -c 18 /dev/urandom | base64 | tr -dc A-Za-z0-9 > "$bench/metrics-password")
CARTERA_DATA_DIR="$bench/data" CARTERA_HTTP_PORT="$port" CARTERA_HTTP_ADDRESS=127.0.0.1 CARTERA_SKIP_BUILD=true \
CARTERA_ADMIN_PASSWORD="$(cat "$bench/admin-password")" CARTERA_METRICS_PASSWORD="$(cat "$bench/metrics-password")" \
CARTERA_DEMO_DATA_FIRST_START_CUSTOMERS=0 JAVA_OPTS="${JAVA_OPTS:-}" \
setsid env -u CARTERA_DB_URL -u CARTERA_DB_USER -u CARTERA_DB_PASSWORD -u CARTERA_CLUSTER_MEMBERS \
    -u CARTERA_INSTANCE_NAME -u CARTERA_SECRETS_DIR -u CARTERA_PAYARA_ROOTDIR -u CARTERA_LOG_FORMAT \
    ./run.sh > "$bench/server.log" 2>&1 < /dev/null &
echo $!
