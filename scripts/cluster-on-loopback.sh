#!/usr/bin/env bash
# Two Cartera instances as one Payara Micro cluster on this machine, sharing one database and one bucket, every byte
# on 127.0.0.1: the shape of a production cluster (docs/production.md, "Several instances") small enough to try
# and to test (ClusterIT runs it in the build).
#
#   scripts/cluster-on-loopback.sh up           H2's TCP server, s3proxy, then instances a and b, each once ready
#   scripts/cluster-on-loopback.sh start a|b    (re)starts one instance
#   scripts/cluster-on-loopback.sh kill a|b     kills one instance with SIGKILL, as a crash would
#   scripts/cluster-on-loopback.sh down         stops everything (the files stay in the cluster directory)
#
# CLUSTER_DIR (default target/loopback-cluster) holds the database, the objects, both instances' data, the logs
# (a.log, b.log, database.log, s3proxy.log) and secrets.env: the database and S3 credentials, made up at the first `up` (and the
# admin password when CARTERA_ADMIN_PASSWORD is not set). CLUSTER_PORT_BASE (18500) places the ports: the database
# on base, S3 on base+1, HTTP on base+10 (a) and base+11 (b), the cluster's own on base+20 (a) and base+21 (b).
# Any other CARTERA_* variable set when calling it reaches both instances.
#
# Only loopback: H2, s3proxy and both instances' HTTP ports listen on 127.0.0.1, and the members find each other
# through the explicit TCP/IP list 127.0.0.1:base+20,127.0.0.1:base+21 on the 127.0.0.1 interface: no multicast, no
# other discovery.
set -euo pipefail
cd "$(dirname "$0")/.."
repo="$(pwd)"
. .mvn/java-home.sh || exit 1

dir="${CLUSTER_DIR:-$repo/target/loopback-cluster}"
base="${CLUSTER_PORT_BASE:-18500}"
db_port=$base
s3_port=$((base + 1))
classpath_file=web-module/target/loopback-cluster.classpath

http_port() { case "$1" in a) echo $((base + 10)) ;; b) echo $((base + 11)) ;; esac; }
cluster_port() { case "$1" in a) echo $((base + 20)) ;; b) echo $((base + 21)) ;; esac; }
instance() { [[ "${1:-}" == a || "${1:-}" == b ]] || { echo "cluster-on-loopback.sh: name the instance, a or b" >&2; exit 2; }; }

random_secret() { head -c 32 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 24; }

# Starts a command in the background with its output in a log and its process id in a file.
spawn() {
    local name="$1"; shift
    nohup "$@" >"$dir/$name.log" 2>&1 &
    echo $! >"$dir/$name.pid"
}

running() { [ -f "$dir/$1.pid" ] && kill -0 "$(cat "$dir/$1.pid")" 2>/dev/null; }

await_port() {
    local name="$1" port="$2"
    for _ in $(seq 1 120); do
        if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then return 0; fi
        running "$name" || { echo "cluster-on-loopback.sh: $name stopped, see $dir/$name.log" >&2; exit 1; }
        sleep 0.5
    done
    echo "cluster-on-loopback.sh: $name did not open port $port, see $dir/$name.log" >&2
    exit 1
}

await_ready() {
    local name="$1" port
    port="$(http_port "$1")"
    for _ in $(seq 1 480); do
        if [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "http://127.0.0.1:$port/health/ready")" = 200 ]; then
            return 0
        fi
        running "$name" || { echo "cluster-on-loopback.sh: instance $name stopped, see $dir/$name.log" >&2; exit 1; }
        sleep 0.5
    done
    echo "cluster-on-loopback.sh: instance $name not ready within 4 minutes, see $dir/$name.log" >&2
    exit 1
}

build_if_needed() {
    if [ ! -f web-module/target/cartera.war ] || [ ! -f payara-config/target/payara-micro.jar ] \
       || [ ! -f "$classpath_file" ]; then
        echo "cluster-on-loopback.sh: building (./mvnw package -DskipTests)..."
        ./mvnw -q -B package -DskipTests
    fi
}

secrets() {
    if [ ! -s "$dir/secrets.env" ]; then
        (umask 077
         { echo "CARTERA_DB_USER=cartera"
           echo "CARTERA_DB_PASSWORD=$(random_secret)"
           echo "CARTERA_STORAGE_S3_ACCESS_KEY_ID=$(random_secret)"
           echo "CARTERA_STORAGE_S3_SECRET_ACCESS_KEY=$(random_secret)"
           [ -n "${CARTERA_ADMIN_PASSWORD:-}" ] || echo "CARTERA_ADMIN_PASSWORD=$(random_secret)"
         } >"$dir/secrets.env")
    fi
    set -a; . "$dir/secrets.env"; set +a
}

start_shared_servers() {
    local classpath
    classpath="$(cat "$classpath_file")"
    # H2's TCP server, bound to loopback and refusing other hosts anyway (no -tcpAllowOthers); -ifNotExists lets the
    # first instance create the database (with the credentials it connects with)
    running database || spawn database java -Dh2.bindAddress=127.0.0.1 -cp "$classpath" org.h2.tools.Server \
        -tcp -tcpPort "$db_port" -baseDir "$dir/database" -ifNotExists
    mkdir -p "$dir/objects"
    (umask 077
     cat >"$dir/s3proxy.properties" <<EOF
s3proxy.endpoint=http://127.0.0.1:$s3_port
s3proxy.authorization=aws-v2-or-v4
s3proxy.identity=$CARTERA_STORAGE_S3_ACCESS_KEY_ID
s3proxy.credential=$CARTERA_STORAGE_S3_SECRET_ACCESS_KEY
jclouds.provider=filesystem-nio2
jclouds.identity=$CARTERA_STORAGE_S3_ACCESS_KEY_ID
jclouds.credential=$CARTERA_STORAGE_S3_SECRET_ACCESS_KEY
jclouds.filesystem.basedir=$dir/objects
EOF
    )
    running s3proxy || spawn s3proxy java -cp "$classpath" org.gaul.s3proxy.Main --properties "$dir/s3proxy.properties"
    await_port database "$db_port"
    await_port s3proxy "$s3_port"
}

start_instance() {
    local name="$1"
    if running "$name"; then
        echo "cluster-on-loopback.sh: instance $name is already running" >&2
        return 0
    fi
    mkdir -p "$dir/$name"
    spawn "$name" env \
        CARTERA_INSTANCE_NAME="$name" \
        CARTERA_HTTP_PORT="$(http_port "$name")" \
        CARTERA_HTTP_ADDRESS=127.0.0.1 \
        CARTERA_DATA_DIR="$dir/$name/data" \
        CARTERA_PAYARA_ROOTDIR="$dir/$name/payara" \
        CARTERA_SKIP_BUILD=true \
        CARTERA_DB_URL="jdbc:h2:tcp://127.0.0.1:$db_port/cartera;MODE=MSSQLServer" \
        CARTERA_STORAGE=s3 \
        CARTERA_STORAGE_S3_ENDPOINT="http://127.0.0.1:$s3_port" \
        CARTERA_STORAGE_S3_REGION=us-east-1 \
        CARTERA_STORAGE_S3_BUCKET=cartera \
        CARTERA_STORAGE_S3_PATH_STYLE=true \
        CARTERA_STORAGE_S3_CREATE_BUCKET=true \
        CARTERA_JWT_KEYS_DIR="$dir/keys" \
        CARTERA_CLUSTER_MEMBERS="127.0.0.1:$(cluster_port a),127.0.0.1:$(cluster_port b)" \
        CARTERA_CLUSTER_PORT="$(cluster_port "$name")" \
        CARTERA_CLUSTER_INTERFACE=127.0.0.1 \
        CARTERA_CLUSTER_NAME=cartera-loopback \
        JAVA_OPTS="${JAVA_OPTS:--Xms512m -Xmx512m -XX:+ExitOnOutOfMemoryError} -Djava.io.tmpdir=$dir/$name" \
        bash run.sh
    await_ready "$name"
    echo "cluster-on-loopback.sh: instance $name ready on http://127.0.0.1:$(http_port "$name")/"
}

stop() {
    local name="$1"
    if running "$name"; then
        local pid
        pid="$(cat "$dir/$name.pid")"
        kill "$pid" 2>/dev/null || true
        for _ in $(seq 1 120); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
        kill -9 "$pid" 2>/dev/null || true
    fi
    rm -f "$dir/$name.pid"
}

case "${1:-}" in
    up)
        mkdir -p "$dir"
        build_if_needed
        secrets
        start_shared_servers
        # one after the other: the first creates the schema, the second finds it
        start_instance a
        start_instance b
        ;;
    start)
        instance "${2:-}"
        secrets
        start_instance "$2"
        ;;
    kill)
        instance "${2:-}"
        if running "$2"; then
            # run.sh execs java, so the recorded process is the server itself
            kill -9 "$(cat "$dir/$2.pid")"
        fi
        rm -f "$dir/$2.pid"
        ;;
    down)
        for name in a b s3proxy database; do stop "$name"; done
        ;;
    *)
        sed -n '2,17p' "$0" | sed 's/^# \{0,1\}//'
        exit 2
        ;;
esac
