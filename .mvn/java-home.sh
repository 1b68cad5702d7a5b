# Sourced by ./mvnw and ./run.sh (POSIX sh): points JAVA_HOME and PATH at a JDK 21 or newer.
# Order: $JAVA_HOME, then the `java` on the PATH, then the newest JDK in the usual install folders.
# With none of them new enough it prints one line saying what it needs and how to point to it, and fails.

cartera_java_required=21

# The major version of the JDK at $1 (its `release` file, else asking its java), or nothing.
cartera_java_major() {
    [ -x "$1/bin/java" ] || return 0
    if [ -f "$1/release" ]; then
        sed -n 's/^JAVA_VERSION="\([0-9][0-9]*\).*/\1/p' "$1/release" | sed 's/^1$/8/'
    else
        "$1/bin/java" -XshowSettings:properties -version 2>&1 \
            | sed -n 's/^ *java\.specification\.version = \([0-9.]*\).*/\1/p' | sed 's/^1\.//; s/\..*//'
    fi
}

# The JDK a `java` command belongs to (following symlinks), or nothing.
cartera_java_home_of_command() {
    cartera_cmd=$(command -v java 2>/dev/null) || return 0
    cartera_cmd=$(readlink -f "$cartera_cmd" 2>/dev/null || printf %s "$cartera_cmd")
    dirname "$(dirname "$cartera_cmd")"
}

cartera_find_java() {
    cartera_seen=""
    if [ -n "${JAVA_HOME:-}" ]; then
        cartera_v=$(cartera_java_major "$JAVA_HOME")
        [ -n "$cartera_v" ] && [ "$cartera_v" -ge "$cartera_java_required" ] && return 0
        cartera_seen="JAVA_HOME=$JAVA_HOME is ${cartera_v:-not a JDK}"
    fi
    cartera_home=$(cartera_java_home_of_command)
    if [ -n "$cartera_home" ]; then
        cartera_v=$(cartera_java_major "$cartera_home")
        if [ -n "$cartera_v" ] && [ "$cartera_v" -ge "$cartera_java_required" ]; then
            JAVA_HOME=$cartera_home
            return 0
        fi
        cartera_seen="${cartera_seen:+$cartera_seen; }java on the PATH is ${cartera_v:-unknown}"
    fi
    cartera_best="" cartera_best_v=0
    # `mvnw` runs with globbing off (set -f): turn it on for the folders, then restore it.
    case $- in *f*) cartera_noglob=true; set +f ;; *) cartera_noglob=false ;; esac
    for cartera_home in /usr/lib/jvm/* /usr/java/* /opt/java/* /opt/jdk* /usr/local/lib/jvm/* \
            "${HOME:-/nonexistent}"/.sdkman/candidates/java/* "${HOME:-/nonexistent}"/.jdks/* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
        [ -d "$cartera_home" ] || continue
        cartera_v=$(cartera_java_major "$cartera_home")
        if [ -n "$cartera_v" ] && [ "$cartera_v" -gt "$cartera_best_v" ]; then
            cartera_best=$cartera_home cartera_best_v=$cartera_v
        fi
    done
    if $cartera_noglob; then set -f; fi
    if [ "$cartera_best_v" -ge "$cartera_java_required" ]; then
        JAVA_HOME=$cartera_best
        return 0
    fi
    echo "Cartera needs a JDK $cartera_java_required or newer (${cartera_seen:-no java found}): install one, or set JAVA_HOME to it." >&2
    return 1
}

cartera_old_java_home=${JAVA_HOME:-}
if cartera_find_java; then
    if [ -n "$cartera_old_java_home" ] && [ "$cartera_old_java_home" != "$JAVA_HOME" ]; then
        echo "note: JAVA_HOME=$cartera_old_java_home is older than Java $cartera_java_required; using $JAVA_HOME" >&2
    fi
    export JAVA_HOME
    PATH="$JAVA_HOME/bin:$PATH"
    export PATH
else
    # sourced: leave the decision to the caller (`. .mvn/java-home.sh || exit 1`)
    false
fi
