#!/usr/bin/env bash
# Builds Cartera if needed and runs it on Payara Micro in the foreground.
# With nothing configured it is self-contained: H2 database, blobs on disk, JWT keys and the admin
# user created on first start, all under CARTERA_DATA_DIR. See README.md for every variable.
set -euo pipefail
cd "$(dirname "$0")"

# A JDK 21 or newer: JAVA_HOME, the java on the PATH or the usual install folders (else one line saying so).
. .mvn/java-home.sh || exit 1

port="${CARTERA_HTTP_PORT:-8080}"
data_dir="${CARTERA_DATA_DIR:-./data}"
mkdir -p "$data_dir"
data_dir="$(cd "$data_dir" && pwd)"
export CARTERA_DATA_DIR="$data_dir"

war=web-module/target/cartera.war
micro=payara-config/target/payara-micro.jar

# In a checkout, rebuild when the WAR is missing or any source, resource or POM is newer than it.
# (The container image holds the built files and no POM: nothing to build there. CARTERA_SKIP_BUILD=true
# runs what is already built, as the restart test does inside a build.)
if [ -f pom.xml ] && [ "${CARTERA_SKIP_BUILD:-false}" != "true" ] && { [ ! -f "$war" ] || [ ! -f "$micro" ] \
   || [ -n "$(find pom.xml ejb-module web-module payara-config -type f -newer "$war" -not -path '*/target/*' -print -quit)" ]; }; then
    echo "run.sh: building (./mvnw package -DskipTests)..."
    ./mvnw -q -B package -DskipTests
fi

extra=()
if [ -z "${CARTERA_DB_URL:-}" ]; then
    # Embedded H2 in SQL Server mode. Its password is generated once and kept beside the database.
    mkdir -p "$data_dir/db"
    if [ ! -s "$data_dir/db/password" ]; then
        (umask 077; head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' > "$data_dir/db/password")
    fi
    export CARTERA_DB_URL="jdbc:h2:file:$data_dir/db/cartera;MODE=MSSQLServer"
    export CARTERA_DB_USER="${CARTERA_DB_USER:-cartera}"
    export CARTERA_DB_PASSWORD="${CARTERA_DB_PASSWORD:-$(cat "$data_dir/db/password")}"
    post_boot=payara-config/post-boot/h2.asadmin
elif [[ $CARTERA_DB_URL == jdbc:sqlserver:* ]]; then
    post_boot=payara-config/post-boot/sqlserver.asadmin
    extra+=(--addLibs "$(ls payara-config/target/lib/mssql-jdbc-*.jar)")
else
    # An H2 database of your own (jdbc:h2:...): CARTERA_DB_USER and CARTERA_DB_PASSWORD must be set too.
    post_boot=payara-config/post-boot/h2.asadmin
fi

# Payara Micro's runtime files: inside the data directory unless CARTERA_PAYARA_ROOTDIR says otherwise,
# and fresh on every start, so the post-boot commands always describe the whole configuration
# (a kept domain.xml would keep an old datasource).
payara_root="${CARTERA_PAYARA_ROOTDIR:-$data_dir/payara-runtime}"
rm -rf "$payara_root"

# Commands Payara Micro runs before it boots, written beside its runtime files.
mkdir -p "$payara_root"
pre_boot_file="$payara_root/pre-boot.asadmin"
: > "$pre_boot_file"

# Secrets as files (docker compose or Kubernetes secrets): with CARTERA_SECRETS_DIR set, each file there is a
# configuration key (file cartera.db.password holds the database password), read by Payara's directory config source,
# so no secret needs to be an environment variable; an environment variable of the same key still wins. The source is
# pointed at the folder before the server boots (a post-boot command would come after its first reads).
if [ -n "${CARTERA_SECRETS_DIR:-}" ]; then
    if [ ! -d "$CARTERA_SECRETS_DIR" ]; then
        echo "run.sh: CARTERA_SECRETS_DIR=$CARTERA_SECRETS_DIR is not a directory" >&2; exit 1
    fi
    echo "set-config-dir --directory=$(cd "$CARTERA_SECRETS_DIR" && pwd)" >> "$pre_boot_file"
fi

# The address the HTTP port listens on: every interface unless CARTERA_HTTP_ADDRESS names one (127.0.0.1 behind a
# proxy on the same host).
if [ -n "${CARTERA_HTTP_ADDRESS:-}" ]; then
    echo "set configs.config.server-config.network-config.network-listeners.network-listener.http-listener.address=$CARTERA_HTTP_ADDRESS" \
        >> "$pre_boot_file"
fi

# Log lines as text (default) or as one JSON object per line for a log collector.
case "${CARTERA_LOG_FORMAT:-text}" in
    text) log_properties=payara-config/logging.properties ;;
    json) log_properties=payara-config/logging-json.properties ;;
    *) echo "run.sh: CARTERA_LOG_FORMAT must be text or json, not '${CARTERA_LOG_FORMAT}'" >&2; exit 1 ;;
esac

# JAVA_OPTS replaces the default heap cap, which the benchmarks show is enough (docs/benchmarks.md); unset, the
# server gets 512 MB of heap from the start (G1, left to size it, kept it near 250 MB and marked it all again every
# second: a third more CPU per request; docs/production.md, "Memory and the collector") and stops rather than limp
# on when it runs out.
java_opts=${JAVA_OPTS-"-Xms512m -Xmx512m -XX:+ExitOnOutOfMemoryError"}

# How many requests are served at once (Payara's HTTP worker threads); the rest wait their turn in arrival order.
# Payara's own default lets 200 run at once: with 64 busy connections on 2 cores, every request then shares the cores
# with 63 others and the slowest wait longest (p99 513 ms); 4, 8 or 16 workers served more requests per second, with
# a p99 of 195-240 ms (docs/benchmarks.md, "HTTP workers"). About 8 per core; more where requests mostly wait on a
# remote database or S3.
http_threads="${CARTERA_HTTP_THREADS:-16}"
if ! [[ $http_threads =~ ^[1-9][0-9]{0,3}$ ]]; then
    echo "run.sh: CARTERA_HTTP_THREADS must be a whole number from 1 to 9999, not '${http_threads}'" >&2; exit 1
fi

# One instance: no Hazelcast (it would also open cluster ports on every interface). Several instances on one database
# and bucket: CARTERA_CLUSTER_MEMBERS lists every member's host:port, and they join as one Payara cluster found through
# that list only (TCP/IP discovery, never multicast). Each needs its own CARTERA_INSTANCE_NAME (docs/production.md).
cluster=(--nohazelcast)
if [ -n "${CARTERA_CLUSTER_MEMBERS:-}" ]; then
    cluster=(--clustermode "tcpip:${CARTERA_CLUSTER_MEMBERS}" --clustername "${CARTERA_CLUSTER_NAME:-cartera}"
             --startport "${CARTERA_CLUSTER_PORT:-6900}")
    if [ -n "${CARTERA_CLUSTER_INTERFACE:-}" ]; then
        # and bind the cluster port to that interface only, not to every interface
        cluster+=(--interfaces "$CARTERA_CLUSTER_INTERFACE")
        java_opts="$java_opts -Dhazelcast.socket.bind.any=false"
    fi
fi
if [ -n "${CARTERA_INSTANCE_NAME:-}" ]; then
    cluster+=(--name "$CARTERA_INSTANCE_NAME")
fi

# jakarta.json.provider names the JSON-P implementation: without it every Json.createReader (MicroProfile JWT
# calls it on each request) searches the class path for one, a tenth of an authenticated request's CPU.
# org.glassfish.startupThreadPolicy=USE_NO_THREADS starts Payara's own services one after the other. Started on several
# threads at once, as Payara Micro does by default, they deadlock now and then, and the start never gets ready
# (docs/production.md, "A start that never gets ready").
exec java -Duser.timezone=UTC -Djakarta.json.provider=org.eclipse.parsson.JsonProviderImpl \
    -Dorg.glassfish.startupThreadPolicy=USE_NO_THREADS $java_opts -jar "$micro" \
    --deploy "$war" --contextroot / \
    --port "$port" --minhttpthreads "$http_threads" --maxhttpthreads "$http_threads" "${cluster[@]}" \
    --rootdir "$payara_root" \
    --prebootcommandfile "$pre_boot_file" --postbootcommandfile "$post_boot" \
    --logproperties "$log_properties" \
    "${extra[@]}"
