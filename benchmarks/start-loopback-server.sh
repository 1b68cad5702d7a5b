#!/usr/bin/env bash
# Starts the built WAR on Payara Micro for a benchmark, in the background, listening on 127.0.0.1 only:
# the java command of run.sh plus a pre-boot file that binds the HTTP listener to loopback (run.sh binds all
# interfaces), no demo customers on first start, and JAVA_OPTS (heap cap, GC log) and CARTERA_HTTP_THREADS (run.sh's
# HTTP workers, 16 unless set) passed through.
# usage (from the repository root): benchmarks/start-loopback-server.sh <bench dir> <port>; prints the pid.
# <bench dir> holds admin-password, metrics-password (the /metrics scrape password: export it as
# CARTERA_BENCH_METRICS_PASSWORD for the heap figures) and data/db/password (created here if missing), data/ and
# server.log.
set -euo pipefail
. .mvn/java-home.sh || exit 1   # Payara Micro 7 needs a JDK 21 or newer
bench=$1
port=$2
mkdir -p "$bench/data/db"
(umask 077
 [ -s "$bench/admin-password" ] || head -c 18 /dev/urandom | base64 | tr -dc A-Za-z0-9 > "$bench/admin-password"
 [ -s "$bench/metrics-password" ] || head -c 18 /dev/urandom | base64 | tr -dc A-Za-z0-9 > "$bench/metrics-password"
 [ -s "$bench/data/db/password" ] || head -c 24 /dev/urandom | base64 | tr -dc A-Za-z0-9 > "$bench/data/db/password")
echo 'set configs.config.server-config.network-config.network-listeners.network-listener.http-listener.address=127.0.0.1' \
    > "$bench/loopback.asadmin"
rm -rf "$bench/data/payara-runtime"
CARTERA_DATA_DIR="$bench/data" CARTERA_ADMIN_PASSWORD="$(cat "$bench/admin-password")" \
CARTERA_METRICS_PASSWORD="$(cat "$bench/metrics-password")" \
CARTERA_DEMO_DATA_FIRST_START_CUSTOMERS=0 \
CARTERA_DB_URL="jdbc:h2:file:$bench/data/db/cartera;MODE=MSSQLServer" CARTERA_DB_USER=cartera \
CARTERA_DB_PASSWORD="$(cat "$bench/data/db/password")" \
setsid java -Duser.timezone=UTC -Djakarta.json.provider=org.eclipse.parsson.JsonProviderImpl \
    -Dorg.glassfish.startupThreadPolicy=USE_NO_THREADS ${JAVA_OPTS:-} \
    -jar payara-config/target/payara-micro.jar \
    --deploy web-module/target/cartera.war --contextroot / --port "$port" --nohazelcast \
    --minhttpthreads "${CARTERA_HTTP_THREADS:-16}" --maxhttpthreads "${CARTERA_HTTP_THREADS:-16}" \
    --rootdir "$bench/data/payara-runtime" --prebootcommandfile "$bench/loopback.asadmin" \
    --postbootcommandfile payara-config/post-boot/h2.asadmin \
    --logproperties payara-config/logging.properties > "$bench/server.log" 2>&1 < /dev/null &
echo $!
