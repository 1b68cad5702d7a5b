#!/usr/bin/env bash
# Replays the Dockerfile's build stage without a Docker engine, then checks that the runtime stage finds
# every file it copies. CI runs it after ./mvnw verify (.ci/run); by hand, from the repository root:
#
#   bash scripts/check-image-build.sh [path/to/Dockerfile]      (default: ./Dockerfile; context: this repository)
#
# What it does, read from the Dockerfile rather than written here:
#   1. the stage that the last stage's COPY --from=<stage> names is the build stage (FROM ... AS <stage>);
#   2. an empty folder, target/image-build-check/fs, stands for that stage's file system (/src is fs/src);
#   3. each COPY of the build stage copies from the repository what Docker would send as the build context
#      (.dockerignore applied) to the same place, relative to WORKDIR; a source that matches nothing fails;
#   4. each RUN runs there with bash, with the stage's ENV and ARG defaults and a JDK 21+ as JAVA_HOME
#      (the image has JDK 25; ./mvnw finds one itself through .mvn/java-home.sh); it uses ~/.m2;
#   5. every source of the last stage's COPY --from=<stage> must exist in that folder (a glob must match at
#      least one file), and every source of a plain COPY/ADD of the other stages must be in the context.
# Not replayed: the base images (their tools and environment), COPY --chown/--chmod and RUN --mount (ignored,
# the latter with a note), and paths the RUN commands name outright (/src is not fs/src for them). Heredocs,
# SHELL, the exec form of RUN and COPY --from inside the build stage fail with a message: keep that stage
# plain. Output of the RUN lines goes to target/image-build-check/run-<n>.log, whose end is printed when one
# fails.
set -euo pipefail

started=$SECONDS
here=$(pwd)
repo=$(cd "$(dirname "$0")/.." && pwd)
dockerfile=${1:-$repo/Dockerfile}
case $dockerfile in /*) ;; *) dockerfile=$here/$dockerfile ;; esac

fail() {
    echo "check-image-build: FAILED: $*" >&2
    exit 1
}
note() {
    echo "check-image-build: $*"
}

[ -f "$dockerfile" ] || fail "no Dockerfile at $dockerfile"
cd "$repo"
out=$repo/target/image-build-check
fs=$out/fs

# --- The Dockerfile as logical instructions: comment lines dropped (also inside a continued instruction),
# lines ending in a backslash joined to the next, as Docker does with its default escape character.
instr=() instr_line=()
buf="" buf_line=0 n=0
while IFS= read -r line || [ -n "$line" ]; do
    n=$((n + 1))
    line=${line%$'\r'}
    if [ -z "$buf" ] && [[ $line =~ ^[[:space:]]*#[[:space:]]*escape[[:space:]]*= ]]; then
        fail "$dockerfile:$n: an escape directive is not supported here"
    fi
    [[ $line =~ ^[[:space:]]*# ]] && continue
    if [[ $line =~ ^[[:space:]]*$ ]]; then
        continue
    fi
    [ -z "$buf" ] && buf_line=$n
    if [[ $line =~ ^(.*)\\[[:space:]]*$ ]]; then
        buf+="${BASH_REMATCH[1]}"
        continue
    fi
    buf+="$line"
    instr+=("$buf")
    instr_line+=("$buf_line")
    buf=""
done < "$dockerfile"
[ -z "$buf" ] || { instr+=("$buf"); instr_line+=("$buf_line"); }
[ ${#instr[@]} -gt 0 ] || fail "$dockerfile has no instruction"

keyword_of() { # the instruction's keyword, upper case
    local w
    read -r w _ <<< "$1"
    printf '%s' "${w^^}"
}
rest_of() { # the instruction without its keyword
    local s=${1#"${1%%[![:space:]]*}"}
    s=${s#*[[:space:]]}
    printf '%s' "${s#"${s%%[![:space:]]*}"}"
}
where() { # file:line of instruction $1
    printf '%s:%s' "${dockerfile#"$here"/}" "${instr_line[$1]}"
}

# --- Stages: index of each FROM, its name, and the last stage.
stage_start=() stage_name=()
for i in "${!instr[@]}"; do
    [ "$(keyword_of "${instr[$i]}")" = FROM ] || continue
    read -r -a w <<< "$(rest_of "${instr[$i]}")"
    name=""
    words=()
    for x in "${w[@]}"; do [[ $x == --* ]] || words+=("$x"); done
    if [ ${#words[@]} -ge 3 ] && [ "${words[1],,}" = as ]; then name=${words[2]}; fi
    stage_start+=("$i")
    stage_name+=("$name")
done
[ ${#stage_start[@]} -ge 2 ] || fail "$dockerfile has ${#stage_start[@]} stage(s): expected a build stage and a runtime stage"
stage_end() { # index after the last instruction of stage $1
    local s=$1
    if [ $((s + 1)) -lt ${#stage_start[@]} ]; then echo "${stage_start[$((s + 1))]}"; else echo "${#instr[@]}"; fi
}
last=$(( ${#stage_start[@]} - 1 ))

# Splits COPY/ADD arguments into flags (COPY_FLAGS) and paths (COPY_ARGS), the JSON form included.
split_copy() {
    local rest=$1 w
    COPY_FLAGS=() COPY_ARGS=()
    while [[ $rest == --* ]]; do
        w=${rest%%[[:space:]]*}
        COPY_FLAGS+=("$w")
        rest=${rest#"$w"}
        rest=${rest#"${rest%%[![:space:]]*}"}
    done
    if [[ $rest == \[* ]]; then
        while IFS= read -r w; do
            w=${w#\"}; w=${w%\"}; w=${w//\\\"/\"}; w=${w//\\\\/\\}
            COPY_ARGS+=("$w")
        done < <(grep -oE '"([^"\\]|\\.)*"' <<< "$rest")
    else
        read -r -a COPY_ARGS <<< "$rest"
    fi
}
flag_value() { # value of --$1=... among COPY_FLAGS, or nothing
    local f
    for f in "${COPY_FLAGS[@]+"${COPY_FLAGS[@]}"}"; do
        [[ $f == --$1=* ]] && { printf '%s' "${f#--"$1"=}"; return; }
    done
    return 0
}

# The build stage: the one the last stage copies from.
build_name=""
for ((i = ${stage_start[$last]}; i < ${#instr[@]}; i++)); do
    k=$(keyword_of "${instr[$i]}")
    [ "$k" = COPY ] || continue
    split_copy "$(rest_of "${instr[$i]}")"
    from=$(flag_value from)
    [ -n "$from" ] || continue
    if [ -z "$build_name" ]; then
        build_name=$from
    elif [ "$from" != "$build_name" ]; then
        fail "$(where "$i"): the last stage copies from two stages ($build_name and $from); this script replays one"
    fi
done
[ -n "$build_name" ] || fail "the last stage of $dockerfile copies nothing with COPY --from=<build stage>"
build=""
for s in "${!stage_name[@]}"; do
    [ "${stage_name[$s],,}" = "${build_name,,}" ] && [ "$s" -lt "$last" ] && build=$s
done
[ -n "$build" ] || fail "COPY --from=$build_name: no earlier stage is named $build_name (FROM ... AS $build_name)"

# --- The build context: the repository's files minus what .dockerignore excludes (Docker's rules: paths
# relative to the context, ** for any number of folders, a pattern also excludes what is below a match,
# !pattern includes again, the last matching pattern wins). A <Dockerfile>.dockerignore beside the
# Dockerfile takes precedence, as with BuildKit.
ignore_file=$repo/.dockerignore
[ -f "$dockerfile.dockerignore" ] && ignore_file=$dockerfile.dockerignore
ignore_re=() ignore_neg=()
pattern_re() { # a .dockerignore or COPY glob as an anchored ERE; $2=tree: also everything below it
    local p=$1 re="" c i=0
    while [ $i -lt ${#p} ]; do
        c=${p:$i:1}
        if [ "${p:$i:3}" = "**/" ]; then re+="(.*/)?"; i=$((i + 3)); continue; fi
        if [ "${p:$i:2}" = "**" ]; then re+=".*"; i=$((i + 2)); continue; fi
        case $c in
            '*') re+="[^/]*" ;;
            '?') re+="[^/]" ;;
            '[') local j=$((i + 1)) cls="["
                 [ "${p:$j:1}" = '^' ] || [ "${p:$j:1}" = '!' ] && { cls+="^"; j=$((j + 1)); }
                 while [ $j -lt ${#p} ] && [ "${p:$j:1}" != ']' ]; do cls+="${p:$j:1}"; j=$((j + 1)); done
                 re+="$cls]"; i=$j ;;
            \\) i=$((i + 1)); c=${p:$i:1}; re+="\\$c" ;;
            '.'|'+'|'('|')'|'{'|'}'|'|'|'^'|'$') re+="\\$c" ;;
            *) re+="$c" ;;
        esac
        i=$((i + 1))
    done
    if [ "${2:-}" = tree ]; then printf '^%s(/.*)?$' "$re"; else printf '^%s$' "$re"; fi
}
clean_path() { # a context-relative path without ./, leading or trailing slashes
    local p=$1
    while [[ $p == ./* ]]; do p=${p#./}; done
    while [[ $p == /* ]]; do p=${p#/}; done
    while [[ $p == */ ]]; do p=${p%/}; done
    [ "$p" = . ] && p=""
    printf '%s' "$p"
}
if [ -f "$ignore_file" ]; then
    while IFS= read -r p || [ -n "$p" ]; do
        p=${p%$'\r'}
        p=${p#"${p%%[![:space:]]*}"}; p=${p%"${p##*[![:space:]]}"}
        [ -z "$p" ] && continue
        [[ $p == \#* ]] && continue
        neg=0
        if [[ $p == !* ]]; then neg=1; p=${p#!}; fi
        p=$(clean_path "$p")
        [ -n "$p" ] || continue
        ignore_re+=("$(pattern_re "$p" tree)")
        ignore_neg+=("$neg")
    done < "$ignore_file"
fi
# Without a !pattern, a folder that is excluded is not looked into (target/, .git/).
prune=()
if [ ${#ignore_re[@]} -gt 0 ] && [[ " ${ignore_neg[*]} " != *" 1 "* ]]; then
    prune=(-regextype posix-extended -type d \()
    for r in "${ignore_re[@]}"; do
        r=${r#^}; r=${r%\$}
        [ "${prune[-1]}" = "(" ] || prune+=(-o)
        prune+=(-regex "\./$r")
    done
    prune+=(\) -prune -o)
fi
context_list=$out/context.txt
rm -rf "$out"
mkdir -p "$fs"
printf '%s\n' "${ignore_re[@]+"${ignore_re[@]}"}" > "$out/ignore.re"
printf '%s\n' "${ignore_neg[@]+"${ignore_neg[@]}"}" > "$out/ignore.neg"
# every file and symbolic link of the repository, relative to it, that .dockerignore lets through
find . -mindepth 1 "${prune[@]}" \( -type f -o -type l \) -print \
    | sed 's|^\./||' \
    | awk '
        FILENAME ~ /ignore\.re$/ { if ($0 != "") re[++n] = $0; next }
        FILENAME ~ /ignore\.neg$/ { if ($0 != "") neg[++m] = $0; next }
        {
            excluded = 0
            for (i = 1; i <= n; i++) if ($0 ~ re[i]) excluded = (neg[i] == 1) ? 0 : 1
            if (!excluded) print
        }' "$out/ignore.re" "$out/ignore.neg" - > "$context_list" \
    || fail "could not list the build context ($repo)"
files_under() { # context files below folder $1 (context-relative, no trailing slash)
    P="$1/" awk 'index($0, ENVIRON["P"]) == 1' "$context_list"
}
in_context() { # 0 when context-relative path $1 (a file, or a folder with an included file) is sent
    local p=$1
    if [ -z "$p" ]; then return 0; fi
    grep -qxF -- "$p" "$context_list" && return 0
    [ -n "$(files_under "$p" | head -n 1)" ]
}
context_matches() { # context-relative paths a COPY source names (globs expanded), one a line
    local src re
    src=$(clean_path "$1")
    if [ -z "$src" ]; then printf '\n'; return; fi
    if [[ $src == *[\*\?\[]* ]]; then
        re=$(pattern_re "$src")
        # the first matching path component level: files or folders whose own path matches
        RE=$re awk -F/ -v want="$(awk -F/ '{print NF}' <<< "$src")" '
            { p = $1; for (i = 2; i <= want && i <= NF; i++) p = p "/" $i
              if (NF >= want && p ~ ENVIRON["RE"] && !seen[p]++) print p }' "$context_list"
    elif in_context "$src"; then
        printf '%s\n' "$src"
    fi
}

# --- Variables of the build stage (ARG defaults, ENV), for COPY/WORKDIR paths and for RUN.
declare -A vars=()
expand_vars() { # ${NAME}, ${NAME:-x} (as empty/x) and $NAME from the stage's variables
    local s=$1 result="" name re='^([^$]*)[$](\{([A-Za-z_][A-Za-z0-9_]*)(:-([^}]*))?\}|([A-Za-z_][A-Za-z0-9_]*))(.*)$'
    while [[ $s =~ $re ]]; do
        result+="${BASH_REMATCH[1]}"
        name=${BASH_REMATCH[3]:-${BASH_REMATCH[6]}}
        if [ -n "${vars[$name]+x}" ] && [ -n "${vars[$name]}" ]; then
            result+="${vars[$name]}"
        else
            result+="${BASH_REMATCH[5]}"
        fi
        s=${BASH_REMATCH[7]}
    done
    printf '%s' "$result$s"
}
set_vars() { # NAME=value pairs (values may be quoted), or the old "NAME value" form
    local rest=$1 name value re
    re='^[[:space:]]*([A-Za-z_][A-Za-z0-9_]*)=("([^"]*)"|'"'"'([^'"'"']*)'"'"'|([^[:space:]]*))(.*)$'
    if [[ ! $rest =~ ^[A-Za-z_][A-Za-z0-9_]*= ]]; then
        name=${rest%%[[:space:]]*}
        value=${rest#"$name"}
        value=${value#"${value%%[![:space:]]*}"}
        [ -n "$value" ] || { vars[$name]=${vars[$name]-}; return; }
        vars[$name]=$(expand_vars "$value")
        return
    fi
    while [[ $rest =~ $re ]]; do
        name=${BASH_REMATCH[1]}
        if [ -n "${BASH_REMATCH[3]}${BASH_REMATCH[4]}" ]; then
            value=${BASH_REMATCH[3]}${BASH_REMATCH[4]}
        else
            value=${BASH_REMATCH[5]}
        fi
        rest=${BASH_REMATCH[6]}
        vars[$name]=$(expand_vars "$value")
    done
}

# --- Replay the build stage.
. "$repo/.mvn/java-home.sh" || fail "a JDK 21 or newer is needed to replay the build (the image has JDK 25)"
build_java_home=$JAVA_HOME

map() { # the folder that stands for absolute image path $1
    local p
    p=$1
    while [[ $p == /* ]]; do p=${p#/}; done
    p=$(realpath -m -- "/$p")
    printf '%s%s' "$fs" "${p%/}"
}

workdir=/
copies=0 runs=0 copied_files=0
begin=$((${stage_start[$build]} + 1))
end=$(stage_end "$build")
note "replaying stage '$build_name' (${dockerfile#"$here"/}, lines ${instr_line[$((begin - 1))]}-${instr_line[$((end - 1))]}) in ${out#"$here"/}/fs"
for ((i = begin; i < end; i++)); do
    k=$(keyword_of "${instr[$i]}")
    rest=$(rest_of "${instr[$i]}")
    case $k in
        WORKDIR)
            d=$(expand_vars "$rest")
            [[ $d == /* ]] || d=$workdir/$d
            workdir=$(realpath -m -- "$d")
            mkdir -p "$(map "$workdir")"
            ;;
        ARG)
            for a in $rest; do
                if [[ $a == *=* ]]; then vars[${a%%=*}]=$(expand_vars "${a#*=}"); else vars[$a]=${vars[$a]-}; fi
            done
            ;;
        ENV)
            set_vars "$rest"
            ;;
        COPY|ADD)
            [[ $rest == *'<<'* ]] && fail "$(where "$i"): heredocs are not supported here: $k $rest"
            split_copy "$rest"
            [ -z "$(flag_value from)" ] || fail "$(where "$i"): $k --from inside the build stage is not supported here"
            [ ${#COPY_ARGS[@]} -ge 2 ] || fail "$(where "$i"): $k needs a source and a destination: $k $rest"
            dest=$(expand_vars "${COPY_ARGS[-1]}")
            srcs=("${COPY_ARGS[@]:0:${#COPY_ARGS[@]}-1}")
            dest_is_dir=0
            [[ $dest == */ ]] && dest_is_dir=1
            [ ${#srcs[@]} -gt 1 ] && dest_is_dir=1
            [[ $dest == /* ]] || dest=$workdir/$dest
            dest_dir=$(map "$dest")
            for src in "${srcs[@]}"; do
                src=$(expand_vars "$src")
                [[ $src =~ ^[a-z]+:// ]] && fail "$(where "$i"): $k from a URL is not supported here: $src"
                mapfile -t matches < <(context_matches "$src")
                [ ${#matches[@]} -gt 0 ] \
                    || fail "$(where "$i"): $k source '$src' is not in the build context (missing, or excluded by ${ignore_file#"$repo"/})"
                [[ $src == *[\*\?\[]* ]] && dest_is_dir=1
                for m in "${matches[@]}"; do
                    if [ -z "$m" ] || [ -d "$m" ]; then
                        # a folder: what it holds, into the destination folder (one tar, not a cp a file)
                        mkdir -p "$dest_dir"
                        if [ -z "$m" ]; then cp "$context_list" "$out/copy.txt"
                        else files_under "$m" | P="$m/" awk '{ print substr($0, length(ENVIRON["P"]) + 1) }' > "$out/copy.txt"; fi
                        tar -C "$repo/$m" --no-recursion --verbatim-files-from -T "$out/copy.txt" -cf - \
                            | tar -C "$dest_dir" -xpf - \
                            || fail "$(where "$i"): copying $src into ${dest_dir#"$here"/} failed"
                        copied_files=$((copied_files + $(wc -l < "$out/copy.txt")))
                    else
                        if [ "$dest_is_dir" = 1 ] || [ -d "$dest_dir" ]; then
                            mkdir -p "$dest_dir"
                            cp -pP -- "$m" "$dest_dir/$(basename "$m")"
                        else
                            mkdir -p "$(dirname "$dest_dir")"
                            cp -pP -- "$m" "$dest_dir"
                        fi
                        copied_files=$((copied_files + 1))
                    fi
                done
            done
            copies=$((copies + 1))
            ;;
        RUN)
            [[ $rest == *'<<'[A-Za-z\'\"-]* ]] && fail "$(where "$i"): RUN heredocs are not supported here"
            while [[ $rest == --* ]]; do
                flag=${rest%%[[:space:]]*}
                note "$(where "$i"): ignoring RUN $flag"
                rest=${rest#"$flag"}
                rest=${rest#"${rest%%[![:space:]]*}"}
            done
            [[ $rest == \[* ]] && fail "$(where "$i"): the exec form RUN [...] is not supported here; use the shell form"
            runs=$((runs + 1))
            log=$out/run-$runs.log
            cmd=$rest   # the shell expands its variables, from the stage's ENV and ARG like Docker's
            note "RUN $cmd   (in ${workdir}, log ${log#"$here"/})"
            run_started=$SECONDS
            env_args=()
            for v in "${!vars[@]}"; do env_args+=("$v=${vars[$v]}"); done
            if ! (cd "$(map "$workdir")" \
                    && env "${env_args[@]+"${env_args[@]}"}" JAVA_HOME="$build_java_home" bash -c "$cmd") > "$log" 2>&1 < /dev/null; then
                tail -n 40 "$log" >&2
                fail "$(where "$i"): RUN failed after $((SECONDS - run_started)) s: $cmd (whole output: $log)"
            fi
            note "  done in $((SECONDS - run_started)) s"
            ;;
        SHELL)
            fail "$(where "$i"): SHELL is not supported here (RUN lines are replayed with bash)"
            ;;
        ONBUILD)
            fail "$(where "$i"): ONBUILD is not supported here"
            ;;
        *)  # LABEL, EXPOSE, USER, VOLUME, HEALTHCHECK...: nothing on the file system
            ;;
    esac
done
[ "$runs" -gt 0 ] || fail "stage '$build_name' has no RUN: nothing was built"

# --- The other stages: every COPY --from=<build stage> source exists in the replayed folder; every plain
# COPY/ADD source is in the build context.
checked=0
for ((s = 0; s < ${#stage_start[@]}; s++)); do
    [ "$s" = "$build" ] && continue
    for ((i = ${stage_start[$s]} + 1; i < $(stage_end "$s"); i++)); do
        k=$(keyword_of "${instr[$i]}")
        [ "$k" = COPY ] || [ "$k" = ADD ] || continue
        rest=$(rest_of "${instr[$i]}")
        [[ $rest == *'<<'* ]] && fail "$(where "$i"): heredocs are not supported here: $k $rest"
        split_copy "$rest"
        [ ${#COPY_ARGS[@]} -ge 2 ] || fail "$(where "$i"): $k needs a source and a destination: $k $rest"
        from=$(flag_value from)
        srcs=("${COPY_ARGS[@]:0:${#COPY_ARGS[@]}-1}")
        for src in "${srcs[@]}"; do
            if [ -n "$from" ] && [ "${from,,}" = "${build_name,,}" ]; then
                # relative paths of COPY --from start at the stage's root
                path=$(map "$src")
                shopt -s nullglob dotglob
                # shellcheck disable=SC2206 # the glob is meant to expand
                found=($path)
                shopt -u nullglob dotglob
                if [ ${#found[@]} -eq 0 ] || [ ! -e "${found[0]}" ]; then
                    fail "$(where "$i"): COPY --from=$from $src: nothing there after the build (looked for ${path#"$here"/})"
                fi
                if [[ $src == */ ]] && [ ! -d "${found[0]}" ]; then
                    fail "$(where "$i"): COPY --from=$from $src: not a folder after the build"
                fi
                note "found $src (${#found[@]} match(es))"
            elif [ -n "$from" ]; then
                note "$(where "$i"): COPY --from=$from (not the build stage): not checked"
                continue
            else
                [[ $src =~ ^[a-z]+:// ]] && { note "$(where "$i"): $k $src: a URL, not checked"; continue; }
                mapfile -t matches < <(context_matches "$src")
                [ ${#matches[@]} -gt 0 ] \
                    || fail "$(where "$i"): $k source '$src' is not in the build context (missing, or excluded by ${ignore_file#"$repo"/})"
                note "found $src in the build context"
            fi
            checked=$((checked + 1))
        done
    done
done

note "OK: stage '$build_name' replayed ($copies COPY, $copied_files files; $runs RUN), $checked COPY sources of the other stages found, in $((SECONDS - started)) s"
