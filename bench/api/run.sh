#!/usr/bin/env bash
# HTTP API throughput of Leasekeeper: leases allocated per second and request latency, measured with wrk
# (Debian package wrk) over loopback against target/leasekeeper.jar with a throw-away database.
#
#   bench/api/run.sh          (needs target/leasekeeper.jar, wrk, curl, postgresql-client; no root needed)
#
# The jar runs with DHCP disabled and HTTP on a free port of 127.0.0.1; a subnet 10.0.0.0/16 with a pool of
# 60160 addresses is created through the API. Then, for each connection count:
#   allocate  every request is POST /api/v1/leases for a client never seen before (201, a new BOUND lease)
#   cycle     the same, each new lease released by the thread's next request (POST /leases/{ip}/release)
# Settings (environment):
#   CONNECTIONS  wrk connections, one run of each mode per value   ["4 16 64"]
#   DURATION     seconds per run                                   [15]
#   THREADS      wrk threads                                       [1]
#   WARMUP       seconds of unreported cycle load first            [10]
#   PGHOST / PGPORT / PGUSER   the PostgreSQL for createdb         [127.0.0.1 / 5432 / postgres]
#   JAVA_OPTS, POOL_SIZE (spring.datasource.hikari.maximum-pool-size)
# The allocate runs consume the pool: CONNECTIONS x DURATION x rate must stay below 60160 (failed > 0 says so).
set -euo pipefail
cd "$(dirname "$0")"
ROOT="$(cd ../.. && pwd)"
JAR="${JAR:-$ROOT/target/leasekeeper.jar}"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
CONNECTIONS="${CONNECTIONS:-4 16 64}"
DURATION="${DURATION:-15}"
THREADS="${THREADS:-1}"
WARMUP="${WARMUP:-10}"
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
TOKEN="bench-$RANDOM$RANDOM"

. ../server.sh
for tool in wrk curl createdb dropdb psql "$JAVA"; do command -v "$tool" >/dev/null || fail "needs $tool"; done
[ -f "$JAR" ] || fail "build the jar first: ./mvnw -B package -DskipTests"

PIDS=()
DB=
WORK="$(mktemp -d /tmp/lk-apibench-XXXXXX)"
cleanup() {
  set +e
  stop_children
  [ -n "$DB" ] && dropdb --if-exists "$DB" 2>/dev/null
  if [ -n "${KEEP_WORK:-}" ]; then echo "logs kept in $WORK" >&2; else rm -rf "$WORK"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

HTTP_PORT=$(free_tcp_port 18180 18280) || exit 1
BASE="http://127.0.0.1:$HTTP_PORT"

DB="lk_apibench_$$"
createdb "$DB"
extra=()
[ -n "${POOL_SIZE:-}" ] && extra+=("SPRING_DATASOURCE_HIKARI_MAXIMUM_POOL_SIZE=$POOL_SIZE")
env SPRING_DATASOURCE_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" SPRING_DATASOURCE_USERNAME="$PGUSER" \
  LEASEKEEPER_API_TOKEN="$TOKEN" SERVER_PORT="$HTTP_PORT" SERVER_ADDRESS=127.0.0.1 LEASEKEEPER_DHCP_ENABLED=false \
  "${extra[@]}" "$JAVA" ${JAVA_OPTS:-} -jar "$JAR" >"$WORK/leasekeeper.log" 2>&1 &
JVM=$!
PIDS+=("$JVM")
await_ready "$BASE" "$JVM" "$WORK/leasekeeper.log"

subnet=$(curl -sS -m 60 -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' -X POST \
  "$BASE/api/v1/subnets" -d '{"name": "apibench", "cidr": "10.0.0.0/16",
    "pools": [{"first": "10.0.1.0", "last": "10.0.235.255"}], "leaseTimeSeconds": 3600}')
SUBNET_ID=$(sed -n 's/.*"id" *: *\([0-9]*\).*/\1/p' <<<"$subnet")
[ -n "$SUBNET_ID" ] || fail "subnet not created: $subnet"

RUN=0
run_wrk() {  # <label> <connections> <seconds> <mode>
  RUN=$((RUN + 1))
  wrk -t "$THREADS" -c "$2" -d "$3s" --timeout 10s -s lease.lua "$BASE" -- "$TOKEN" "$SUBNET_ID" "$4" "$RUN" >"$WORK/$1.wrk" 2>&1 \
    || { cat "$WORK/$1.wrk" >&2; fail "wrk failed"; }
}

echo "leasekeeper API on $("$JAVA" -version 2>&1 | head -n 1), database $DB, wrk -t $THREADS, $DURATION s per run"
if [ "$WARMUP" -gt 0 ]; then
  run_wrk warmup 8 "$WARMUP" cycle
  echo "warm-up: $(grep '^leases:' "$WORK/warmup.wrk")"
fi
printf '%-9s %11s %12s %10s %8s %8s %8s %7s\n' mode connections "requests/s" "leases/s" "p50 ms" "p90 ms" "p99 ms" failed
for c in $CONNECTIONS; do
  for mode in allocate cycle; do
    run_wrk "$mode-$c" "$c" "$DURATION" "$mode"
    f="$WORK/$mode-$c.wrk"
    rps=$(awk '/^Requests\/sec:/ { print $2 }' "$f")
    read -r alloc rel failed < <(awk '/^leases:/ { print $2, $4, $6 }' "$f")
    lps=$(awk '/^leases:/ { print $(NF - 1) }' "$f")
    read -r p50 p90 p99 < <(awk '/^latency ms:/ { print $4, $6, $8 }' "$f")
    printf '%-9s %11s %12s %10s %8s %8s %8s %7s\n' "$mode" "$c" "$rps" "$lps" "$p50" "$p90" "$p99" "$failed"
    echo "$mode $c $rps $lps $p50 $p90 $p99 $failed" >>"$WORK/results"
  done
done
echo "machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')), $(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo), load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "PostgreSQL $(psql -d postgres -Atc 'show server_version'), $(wrk -v 2>&1 | head -n 1 | awk '{print $1, $2}'), $(date -u +%Y-%m-%dT%H:%MZ)"
