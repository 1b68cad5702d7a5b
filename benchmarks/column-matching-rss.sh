#!/usr/bin/env bash
# The column matcher inside the server: resident memory (ps -o rss) of the Payara Micro process once ready and
# settled, then after a first import dry run whose 30-column header of unseen names loads the sentence-embedding
# model, and the time of that job and of a second one (model loaded). The server log gives the model's load time.
# usage (from the repository root, after ./mvnw -B -q package -DskipTests): benchmarks/column-matching-rss.sh [port]
# Starts its own server on 127.0.0.1 (benchmarks/start-loopback-server.sh) in a fresh directory and stops it.
set -euo pipefail
port=${1:-18391}
bench=$(mktemp -d "${TMPDIR:-/tmp}/cartera-column-matching.XXXXXX")
pid=$(benchmarks/start-loopback-server.sh "$bench" "$port")
trap 'kill "$pid" 2>/dev/null || true' EXIT
base="http://127.0.0.1:$port"
until curl -fs -o /dev/null --max-time 2 "$base/health/ready"; do
    kill -0 "$pid" 2>/dev/null || { echo "the server exited, see $bench/server.log" >&2; exit 1; }
    sleep 1
done
sleep 20   # let startup work settle
rss() { ps -o rss= -p "$pid" | tr -d ' '; }
echo "RSS ready, model not loaded: $(( $(rss) / 1024 )) MiB"

token=$(curl -fs -H 'Content-Type: application/json' \
    -d "{\"username\":\"admin\",\"password\":\"$(cat "$bench/admin-password")\"}" "$base/api/auth/login" \
    | sed 's/.*"access_token":"\([^"]*\)".*/\1/')
file="$bench/socios-30.csv"
{
    echo 'Nro. Cédula,Primer nombre,Apellidos completos,Razón social de la empresa,Nombre comercial del negocio,Correo Electronico Principal,Teléfono celular,Dirección domiciliaria,Ciudad de residencia,Provincia de residencia,País de residencia,Observaciones,Fecha de registro,Vendedor asignado,Notas internas,Saldo pendiente,Código interno,Email Address,Telefone Celular,Endereço completo,Municipio de residencia,UF,Given names,Family name,Company,Marca comercial,Tipo doc. identidad,Documento de identidad,Número de pasaporte,WhatsApp'
    for i in $(seq 1 20); do
        echo "1714307103,Ana,Pérez,,,ana$i@example.com,0991234567,Av. Amazonas $i,Quito,Pichincha,EC,,2024-05-0$((i % 9 + 1)),Juan,,0.00,C-$i,ana$i@example.com,0991234567,Rua $i,Quito,SP,Ana,Pérez,,,CI,1714307103,,0991234567"
    done
} > "$file"

run_job() {
    local t0 id status
    t0=$(date +%s.%N)
    id=$(curl -fs -H "Authorization: Bearer $token" -F dataset=customers -F mode=dry-run -F "file=@$file;type=text/csv" \
        "$base/api/imports" | sed 's/.*"id":"\([^"]*\)".*/\1/')
    while :; do
        status=$(curl -fs -H "Authorization: Bearer $token" "$base/api/imports/$id" | sed 's/.*"status":"\([A-Z]*\)".*/\1/')
        case $status in QUEUED|RUNNING) sleep 0.05 ;; *) break ;; esac
    done
    echo "$1: job $status in $(echo "$(date +%s.%N) - $t0" | bc) s (upload to end, polled every 50 ms)"
}
run_job "first dry run (loads the model)"
sleep 10
echo "RSS after the model loaded: $(( $(rss) / 1024 )) MiB"
run_job "second dry run"
grep -o "Loaded the import column matcher's model[^[]*" "$bench/server.log" || true
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg); server log: $bench/server.log"
