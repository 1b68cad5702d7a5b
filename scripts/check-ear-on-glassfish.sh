#!/usr/bin/env bash
# Deploys ear/target/cartera.ear on a throwaway Eclipse GlassFish 8 domain (the Jakarta EE 11 full platform, from
# Maven Central: Payara Server 7 is not there) and checks that it answers: readiness with the database UP, a login
# through the API, an authenticated call with the token, and /metrics closed without the scrape password.
#
# Run from the repository root after `./mvnw package` (CI runs it right after `./mvnw -B verify`):
#     bash scripts/check-ear-on-glassfish.sh
# Everything it writes is under target/ear-check/: the GlassFish distribution and the H2 driver (fetched from Maven
# Central through the build, the distribution unpacked once per version) and a fresh domain + data directory for
# every run. Passwords are generated for each run; the domain is always stopped at the end.
#
# Versions: <glassfish.version> in pom.xml (8.0.0 without it) and <h2.version>, the H2 driver the build puts in
# Payara Micro and the tests use (GlassFish bundles no H2 driver: it goes into the domain's lib/ directory).
#
# Optional environment:
#     CARTERA_EAR_CHECK_PORTBASE  first of the 100 ports the domain uses (default: a free block between 20000 and 31999)
#     MVN                         the Maven command (default: ./mvnw)
set -euo pipefail
cd "$(dirname "$0")/.."

ear=ear/target/cartera.ear
post_boot=payara-config/post-boot/h2.asadmin
work=target/ear-check
domain=cartera-check
mvn_cmd=${MVN:-./mvnw}
export TERM="${TERM:-dumb}"   # asadmin's console library complains when TERM is unset

t0=$EPOCHREALTIME
step="preconditions"
timings=()
domain_started=false
http_port=""

log() { printf 'check-ear: %s\n' "$*"; }
fail() {
    printf 'check-ear: FAILED at step "%s": %s\n' "$step" "$*" >&2
    exit 1
}
elapsed() { awk -v a="$1" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.1f", b - a }'; }
# Runs "$2..." as step "$1" and records how long it took.
timed() {
    local name=$1 started=$EPOCHREALTIME
    shift
    step=$name
    "$@"
    timings+=("$name $(elapsed "$started") s")
}
# 24 random characters from [A-Za-z0-9] (18 bytes of base64 have no padding).
random_secret() { head -c 18 /dev/urandom | base64 | tr '+/' 'xy'; }
# The value of <$1> in pom.xml, or nothing.
pom_property() { sed -n "s:.*<$1>\\(.*\\)</$1>.*:\\1:p" pom.xml | head -n 1; }

[ -f "$ear" ] || fail "$ear is missing: build first (./mvnw -B package -DskipTests)"
command -v curl >/dev/null || fail "curl is not on the PATH"
command -v unzip >/dev/null || fail "unzip is not on the PATH"
# GlassFish 8 needs Java 21+: the same JDK the build uses (JAVA_HOME, the java on the PATH or the usual folders).
# asadmin and the server it starts take it from AS_JAVA.
. .mvn/java-home.sh || fail "GlassFish 8 needs a JDK 21 or newer (see the line above)"
export AS_JAVA="$JAVA_HOME"
glassfish_version=$(pom_property glassfish.version)
glassfish_version=${glassfish_version:-8.0.0}
h2_version=$(pom_property h2.version)
[ -n "$h2_version" ] || fail "no <h2.version> in pom.xml"

# --- The EAR's content: the EJB jar is an EAR module, so the (skinny) WAR must not carry another copy.
check_ear_content() {
    local listing war_listing ejb_modules
    listing=$(unzip -Z1 "$ear")
    grep -qx 'cartera-web.war' <<<"$listing" || fail "cartera-web.war is not at the root of $ear"
    ejb_modules=$(grep -c -E '^cartera-ejb[^/]*\.jar$' <<<"$listing" || true)
    [ "$ejb_modules" = 1 ] || fail "expected exactly one cartera-ejb module at the root of $ear, found $ejb_modules"
    if grep -q -E '^lib/.*cartera-ejb' <<<"$listing"; then
        fail "$ear also has the EJB jar in lib/ (it would be deployed twice)"
    fi
    war_listing=$(unzip -p "$ear" cartera-web.war > "$work/cartera-web.war" && unzip -Z1 "$work/cartera-web.war")
    rm -f "$work/cartera-web.war"
    if grep -q -E '^WEB-INF/lib/cartera-ejb' <<<"$war_listing"; then
        fail "the WAR inside $ear carries its own cartera-ejb jar (skinnyWars is off?)"
    fi
    unzip -p "$ear" META-INF/application.xml | grep -q '<ejb>cartera-ejb.jar</ejb>' \
        || fail "META-INF/application.xml does not declare cartera-ejb.jar as an EJB module"
}

# --- The distribution and the H2 driver, through the build (in the local Maven repository after the first run).
fetch_glassfish() {
    local dir="$work/glassfish-$glassfish_version" d
    if ! compgen -G "$dir/*/bin/asadmin" >/dev/null; then
        rm -rf "$dir" "$dir.unpacking"
        "$mvn_cmd" -q -B -N dependency:copy \
            -Dartifact="org.glassfish.main.distributions:glassfish:$glassfish_version:zip" \
            -DoutputDirectory="$work" \
            || fail "could not get org.glassfish.main.distributions:glassfish:$glassfish_version:zip through Maven"
        mkdir -p "$dir.unpacking"
        unzip -q "$work/glassfish-$glassfish_version.zip" -d "$dir.unpacking"
        mv "$dir.unpacking" "$dir"
        rm -f "$work/glassfish-$glassfish_version.zip"
    fi
    # The zip holds one folder (glassfish8/ for 8.x) with bin/asadmin and glassfish/domains/domain1 in it.
    for d in "$dir"/*/; do
        if [ -x "$d/bin/asadmin" ]; then glassfish_home=${d%/}; fi
    done
    [ -n "${glassfish_home:-}" ] || fail "no bin/asadmin in $dir: has the layout of the GlassFish zip changed?"
    asadmin="$glassfish_home/bin/asadmin"
    h2_jar="$work/h2-$h2_version.jar"
    if [ ! -s "$h2_jar" ]; then
        "$mvn_cmd" -q -B -N dependency:copy -Dartifact="com.h2database:h2:$h2_version" -DoutputDirectory="$work" \
            || fail "could not get com.h2database:h2:$h2_version through Maven"
    fi
}

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
# The ports of a domain created with `asadmin create-domain --portbase B`: admin, HTTP, HTTPS, IIOP, IIOP/SSL,
# IIOP/SSL with client auth, JMS, JMX, OSGi shell, debugger.
domain_ports() {
    local b=$1
    echo "$((b + 48)) $((b + 80)) $((b + 81)) $((b + 37)) $((b + 38)) $((b + 39)) $((b + 76)) $((b + 86)) $((b + 66)) $((b + 9))"
}
pick_portbase() {
    local base p busy _
    if [ -n "${CARTERA_EAR_CHECK_PORTBASE:-}" ]; then
        portbase=$CARTERA_EAR_CHECK_PORTBASE
        return 0
    fi
    for _ in $(seq 1 30); do
        base=$(( 20000 + (RANDOM % 120) * 100 ))
        busy=false
        for p in $(domain_ports "$base"); do
            if port_in_use "$p"; then busy=true; break; fi
        done
        if ! $busy; then portbase=$base; return 0; fi
    done
    fail "found no free block of 100 ports between 20000 and 31999"
}

# --- A fresh domain: a copy of the distribution's domain1 with every port moved to the chosen block.
# (`asadmin create-domain --portbase` does the same but is slower, mostly generating keys.)
create_domain() {
    local dir="$run/domains/$domain" xml
    mkdir -p "$run/domains"
    cp -a "$glassfish_home/glassfish/domains/domain1" "$dir"
    xml="$dir/config/domain.xml"
    local b=$portbase
    # Only the server's own configuration (server-config) has numbers; default-config, the template for
    # instances of a cluster, names its ports through ${...} properties and is not started.
    sed -i \
        -e "s/ port=\"4848\"/ port=\"$((b + 48))\"/" \
        -e "s/ port=\"8080\"/ port=\"$((b + 80))\"/" \
        -e "s/ port=\"8181\"/ port=\"$((b + 81))\"/" \
        -e "s/ port=\"3700\"/ port=\"$((b + 37))\"/" \
        -e "s/ port=\"3820\"/ port=\"$((b + 38))\"/" \
        -e "s/ port=\"3920\"/ port=\"$((b + 39))\"/" \
        -e "s/ port=\"8686\"/ port=\"$((b + 86))\"/" \
        -e "s/name=\"JMS_PROVIDER_PORT\" value=\"7676\"/name=\"JMS_PROVIDER_PORT\" value=\"$((b + 76))\"/" \
        -e "s/-Dosgi.shell.telnet.port=6666</-Dosgi.shell.telnet.port=$((b + 66))</" \
        -e "s/address=\\*:9009\"/address=*:$((b + 9))\"/" \
        "$xml"
    # The server JVM as run.sh starts Payara Micro (UTC), and, for a short-lived server on a busy 2-core
    # machine, with the C1 compiler only (it starts faster).
    sed -i '0,/<jvm-options>-Xmx512m<\/jvm-options>/s//<jvm-options>-Xmx512m<\/jvm-options><jvm-options>-Duser.timezone=UTC<\/jvm-options><jvm-options>-XX:TieredStopAtLevel=1<\/jvm-options>/' "$xml"
    grep -q -- '-Duser.timezone=UTC' "$xml" || fail "could not add JVM options to $xml: has domain.xml changed in GlassFish $glassfish_version?"
    # domain1's layout may change with a new GlassFish version: make sure every port really moved.
    local p
    for p in $(domain_ports "$b"); do
        grep -q -E "[\":=]$p[\"<]" "$xml" || fail "could not move a port of domain1 to $p: has domain.xml changed in GlassFish $glassfish_version?"
    done
    if grep -q -E ' port="(4848|8080|8181|3700|3820|3920|8686|7676|6666|9009)"|value="(4848|8080|8181|3700|3820|3920|8686|7676|6666|9009)"|=6666<|:9009"' "$xml"; then
        fail "domain.xml still uses a default port: has domain.xml changed in GlassFish $glassfish_version?"
    fi
    # The H2 driver on the server's common class path, as `asadmin add-library` would put it (without a restart).
    cp "$h2_jar" "$dir/lib/"
    admin_port=$((b + 48))
    http_port=$((b + 80))
}

# The environment the server JVM inherits from `asadmin start-domain`: the values the pool's ${cartera.db.*}
# properties and the application's MicroProfile Config keys resolve to.
prepare_environment() {
    local v
    for v in $(compgen -e); do
        case $v in CARTERA_EAR_CHECK_*) ;; CARTERA_*) unset "$v" ;; esac
    done
    mkdir -p "$run/data/db"
    export CARTERA_DATA_DIR="$PWD/$run/data"
    export CARTERA_DB_URL="jdbc:h2:file:$CARTERA_DATA_DIR/db/cartera;MODE=MSSQLServer"
    export CARTERA_DB_USER=cartera
    CARTERA_DB_PASSWORD=$(random_secret)
    export CARTERA_DB_PASSWORD
    # upper case, lower case and a digit whatever the random part holds, for any password policy
    CARTERA_ADMIN_PASSWORD="$(random_secret)Aa1"
    export CARTERA_ADMIN_PASSWORD
    CARTERA_METRICS_PASSWORD=$(random_secret)
    export CARTERA_METRICS_PASSWORD
    (umask 077
     printf 'AS_ADMIN_PASSWORD=\nAS_ADMIN_NEWPASSWORD=%s\n' "$(random_secret)" > "$run/asadmin-change-password"
     sed -n 's/^AS_ADMIN_NEWPASSWORD=/AS_ADMIN_PASSWORD=/p' "$run/asadmin-change-password" > "$run/asadmin-password")
}

remote() { "$asadmin" --interactive=false --host localhost --port "$admin_port" --user admin --passwordfile "$run/asadmin-password" "$@"; }

# The domain's server JVMs, by the domain directory on their command line: one writes its pid file only once started.
domain_jvms() { pgrep -f -- "$(cd "$run/domains" && pwd)/$domain" || true; }

start_domain() {
    domain_started=true
    local attempt pid
    for attempt in 1 2; do
        "$asadmin" --interactive=false start-domain --timeout 120 --domaindir "$run/domains" "$domain" \
            > "$run/start-domain.log" 2>&1 && break
        cat "$run/start-domain.log" >&2
        # Seen once in CI: the JVM alive but idle (3 s of CPU in 3 minutes), nothing in the server log after
        # Felix's start, no admin port and no pid file, so nothing else would end it. Its threads showed HK2's
        # run-level threads waiting on each other in the service locator's descriptor cache (GlassFish's own
        # startup, before any application). Keep its threads, end it, and start once more.
        for pid in $(domain_jvms); do
            "${JAVA_HOME:+$JAVA_HOME/bin/}jcmd" "$pid" Thread.print > "$run/start-domain-$attempt-$pid.threads" 2>&1 || true
            kill -9 "$pid" 2>/dev/null || true
            log "the server that did not start (pid $pid) was ended; its threads: $run/start-domain-$attempt-$pid.threads"
        done
        sleep 2
        [ "$attempt" = 1 ] || fail "asadmin start-domain failed twice"
        log "asadmin start-domain failed; starting the domain once more"
    done
    # domain1 comes with an empty admin password: replace it before anything else.
    "$asadmin" --interactive=false --host localhost --port "$admin_port" --user admin \
        --passwordfile "$run/asadmin-change-password" change-admin-password > "$run/asadmin.log" 2>&1 \
        || { cat "$run/asadmin.log" >&2; fail "asadmin change-admin-password failed"; }
    rm -f "$run/asadmin-change-password"
}

# The pool from the same file Payara Micro boots with. GlassFish has no ${MPCONFIG=key} references; a plain
# ${key} that no system property defines resolves from the environment with MicroProfile Config's mapping
# (cartera.db.url -> CARTERA_DB_URL), when the pool connects. So the values, and the password, stay out of
# domain.xml and out of every command line and log. What only Payara has is left out: set-metrics-configuration
# (GlassFish has no MicroProfile Metrics to switch off) and the pool's skip-client-info-validation.
create_datasource() {
    local commands="$run/h2-glassfish.asadmin"
    sed -e 's/\${MPCONFIG=\([^}]*\)}/${\1}/g' -e '/^set-metrics-configuration /d' \
        -e '/skip-client-info-validation=/d' "$post_boot" > "$commands"
    if grep -q 'MPCONFIG' "$commands" || ! grep -q '\${cartera\.db\.password}' "$commands"; then
        fail "could not turn the \${MPCONFIG=...} references of $post_boot into \${...}: has the file changed?"
    fi
    # multimode accepts the file as it is: comment lines are skipped.
    remote multimode --file "$commands" > "$run/asadmin.log" 2>&1 \
        || { cat "$run/asadmin.log" >&2; fail "asadmin multimode --file $commands (from $post_boot) failed"; }
    remote ping-connection-pool cartera-pool > "$run/asadmin.log" 2>&1 \
        || { cat "$run/asadmin.log" >&2; fail "the pool cartera-pool cannot connect to $CARTERA_DB_URL"; }
}

deploy_ear() {
    remote deploy --name cartera "$ear" > "$run/asadmin.log" 2>&1 \
        || { cat "$run/asadmin.log" >&2; fail "asadmin deploy $ear failed"; }
    # Every EJB is bound once: a second "Portable JNDI names for EJB X" means the EJB jar is deployed twice.
    local twice
    twice=$(grep -o 'Portable JNDI names for EJB [A-Za-z0-9_$]*' "$server_log" | sort | uniq -d || true)
    [ -z "$twice" ] || fail "EJBs deployed twice: ${twice//$'\n'/, }"
}

# curl_json METHOD PATH [BODY] [BEARER]: sets $status and $body.
curl_json() {
    local args=(-sS --max-time 20 -o "$run/body" -w '%{http_code}' -X "$1" -H 'Accept: application/json')
    [ -n "${3:-}" ] && args+=(-H 'Content-Type: application/json' --data-binary "$3")
    [ -n "${4:-}" ] && args+=(-H "Authorization: Bearer $4")
    status=$(curl "${args[@]}" "http://localhost:$http_port$2") || status="no answer (curl exit $?)"
    body=$(cat "$run/body" 2>/dev/null || true)
    if [[ $body == '<'* ]]; then   # the server's HTML error page: keep its text only
        body=$(sed -e 's/<style[^<]*<\/style>//g' -e 's/<[^>]*>/ /g' <<<"$body" | tr -s ' \n' ' ')
    fi
}

# GlassFish serves MicroProfile Health in the web module at the root context, as Payara Micro does: /health/ready.
check_health() {
    local deadline=$((SECONDS + 30))
    while :; do
        curl_json GET /health/ready
        if [ "$status" = 200 ] && grep -q -E '"name" *: *"database" *, *"status" *: *"UP"' <<<"$body"; then
            return 0
        fi
        if [ "$status" = 200 ] && ! grep -q '"database"' <<<"$body"; then
            fail "GET /health/ready answered 200 without the application's \"database\" check (MicroProfile Health did not register it); body: ${body:0:500}"
        fi
        # 503 (a check DOWN) may pass while the application settles; any other answer will not.
        case $status in 200 | 503 | "no answer"*) ;; *) break ;; esac
        [ $SECONDS -lt $deadline ] || break
        sleep 1
    done
    fail "GET /health/ready answered $status, expected 200 with the \"database\" check UP; body: ${body:0:500}"
}

check_login() {
    curl_json POST /api/auth/login "{\"username\":\"admin\",\"password\":\"$CARTERA_ADMIN_PASSWORD\"}"
    [ "$status" = 200 ] || fail "POST /api/auth/login as admin answered $status, expected 200; body: ${body:0:500}"
    token=$(sed -n 's/.*"access_token" *: *"\([^"]*\)".*/\1/p' <<<"$body")
    [ -n "$token" ] || fail "POST /api/auth/login answered 200 without an access_token; body: ${body:0:500}"
}

# The token goes through MicroProfile JWT (issuer and key from the EJB jar's microprofile-config.properties,
# the key file written at startup), and the call is refused without it. The second call with the same token is
# answered from the tokens the server has verified (VerifiedTokens): the caller MicroProfile JWT gave the first time,
# injected as the JsonWebToken that /api/auth/me reads.
check_users() {
    curl_json GET /api/users "" "$token"
    [ "$status" = 200 ] || fail "GET /api/users with the admin's bearer token answered $status, expected 200; body: ${body:0:500}"
    grep -q '"username" *: *"admin"' <<<"$body" || fail "GET /api/users answered 200 without the admin user; body: ${body:0:500}"
    curl_json GET /api/auth/me "" "$token"
    [ "$status" = 200 ] || fail "GET /api/auth/me with the same token answered $status, expected 200; body: ${body:0:500}"
    grep -q '"username" *: *"admin"' <<<"$body" || fail "GET /api/auth/me answered 200 without the admin; body: ${body:0:500}"
    curl_json GET /api/users
    [ "$status" = 401 ] || fail "GET /api/users without a token answered $status, expected 401; body: ${body:0:500}"
}

# /metrics is the application's (GlassFish has no MicroProfile Metrics): closed without the scrape password, and in
# Prometheus' format with it. The password goes to curl through a config file on stdin, off the command line.
check_metrics() {
    curl_json GET /metrics
    [ "$status" = 401 ] || fail "GET /metrics without credentials answered $status, expected 401; body: ${body:0:500}"
    status=$(printf 'user = "metrics:%s"\n' "$CARTERA_METRICS_PASSWORD" | curl -sS --max-time 20 -K - -o "$run/body" \
        -w '%{http_code}' "http://localhost:$http_port/metrics") || status="no answer (curl exit $?)"
    [ "$status" = 200 ] && grep -q '^jvm_memory_used_bytes{' "$run/body" \
        || fail "GET /metrics with the scrape password answered $status without the JVM's figures"
}

stop_domain() {
    "$asadmin" --interactive=false --host localhost --port "$admin_port" --user admin \
        --passwordfile "$run/asadmin-password" stop-domain --domaindir "$run/domains" "$domain" \
        > "$run/stop-domain.log" 2>&1 && return 0
    # stop-domain failed: end the server JVM this script started, by the pid the domain wrote.
    local pid_file="$run/domains/$domain/config/pid" pid
    if [ -s "$pid_file" ]; then
        pid=$(cat "$pid_file")
        kill "$pid" 2>/dev/null && log "asadmin stop-domain failed (see $run/stop-domain.log): sent SIGTERM to the server, pid $pid"
    fi
    return 1
}

# A server left by a run that was killed outright (no trap ran): its pid file is in the old run directory,
# and its command line names that domain's directory. Only such a process is ended.
stop_leftover() {
    local pid_file="$run/domains/$domain/config/pid" pid
    [ -s "$pid_file" ] || return 0
    pid=$(cat "$pid_file")
    if [ -r "/proc/$pid/cmdline" ] && tr '\0' ' ' < "/proc/$pid/cmdline" | grep -q -F "$PWD/$run/domains/$domain"; then
        log "ending the server left running by an earlier run (pid $pid)"
        kill "$pid" 2>/dev/null || true
        local i
        for i in $(seq 1 30); do
            [ -e "/proc/$pid" ] || return 0
            sleep 1
        done
        kill -9 "$pid" 2>/dev/null || true
    fi
}

finish() {
    local rc=$?
    set +e
    if [ $rc -ne 0 ] && [ -s "${server_log:-}" ]; then
        printf '\ncheck-ear: last lines of %s:\n' "$server_log" >&2
        tail -n 60 "$server_log" >&2
        printf '\n' >&2
    fi
    if $domain_started; then
        local stop_started=$EPOCHREALTIME
        if stop_domain; then
            timings+=("stop $(elapsed "$stop_started") s")
        else
            [ $rc -ne 0 ] || rc=1   # a domain left running is a failure too
        fi
    fi
    rm -f "${run:-/nonexistent}/asadmin-password" "${run:-/nonexistent}/asadmin-change-password" "${run:-/nonexistent}/body"
    local summary
    summary=$(IFS=,; echo "${timings[*]}")
    if [ $rc -eq 0 ]; then
        log "OK: $ear on GlassFish $glassfish_version (Java $(sed -n 's/^JAVA_VERSION="\(.*\)"/\1/p' "$JAVA_HOME/release" 2>/dev/null)) answered /health/ready (database UP), /api/auth/login, /api/users, /api/auth/me and /metrics in $(elapsed "$t0") s [${summary//,/, }]"
    else
        log "FAILED at step \"$step\" after $(elapsed "$t0") s [${summary//,/, }]; server log: ${server_log:-none}"
    fi
    exit $rc
}
trap finish EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

mkdir -p "$work"
run="$work/run"
stop_leftover
rm -rf "$run"
mkdir -p "$run"
server_log="$run/domains/$domain/logs/server.log"

timed "ear content" check_ear_content
timed "glassfish distribution" fetch_glassfish
step="ports"; pick_portbase
timed "domain" create_domain
prepare_environment
log "domain $domain on GlassFish $glassfish_version: admin port $admin_port, HTTP port $http_port, data in $CARTERA_DATA_DIR"
timed "start-domain" start_domain
timed "datasource" create_datasource
timed "deploy" deploy_ear
timed "health" check_health
timed "login" check_login
timed "users" check_users
timed "metrics" check_metrics
