#!/usr/bin/env bash
# DHCPv4 throughput of Leasekeeper, then of Kea on the same machine, measured with perfdhcp (Debian: kea-admin).
#
#   bench/perfdhcp/run.sh [rate] [seconds] [clients]      defaults: 1000 exchanges/s offered, 30 s, 20000 clients
#
# Everything runs inside a network namespace made for the run (perfdhcp needs 127.0.0.2 on an interface, and
# nothing should touch the machine's own network): its loopback carries 127.0.0.1 (the servers) and 127.0.0.2
# (perfdhcp acting as a relay agent: giaddr 127.0.0.2, replies to 127.0.0.2:67). Both servers store leases in the
# same throw-away PostgreSQL cluster (initdb into a temporary directory, default durability settings) in that
# namespace. Needs root, iproute2, PostgreSQL server binaries, perfdhcp, kea-dhcp4 + kea-admin (optional: the
# Kea run is skipped without them), curl, a JDK 21+, and target/leasekeeper.jar (built with ./mvnw package).
# BENCH_JAVA_OPTS adds JVM options (e.g. a flight recording). Bounded: each perfdhcp run lasts the given seconds (plus a 2 s drain), every process is ended at exit.
set -euo pipefail

RATE="${1:-1000}"
PERIOD="${2:-30}"
CLIENTS="${3:-20000}"
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
JAR="$ROOT/target/leasekeeper.jar"
TAG="lkbench$$"
NS="$TAG"
WORK="$(mktemp -d /tmp/lk-bench-XXXXXX)"; chmod 711 "$WORK"
PG_PORT=55433
TOKEN="bench-$RANDOM$RANDOM"
SUBNET_CIDR="198.18.0.0/16"         # RFC 2544 benchmarking range; never routed anywhere, only stored
POOL_FIRST="198.18.0.10"
POOL_LAST="198.18.255.250"

fail() { echo "run.sh: $*" >&2; exit 1; }
[ "$(id -u)" = 0 ] || fail "needs root (network namespace, port 67)"
for tool in ip perfdhcp curl runuser; do command -v "$tool" >/dev/null || fail "needs $tool"; done
PG_BIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
[ -x "$PG_BIN/initdb" ] || PG_BIN="$(dirname "$(command -v initdb || echo /nonexistent/initdb)")"
[ -x "$PG_BIN/initdb" ] || fail "needs the PostgreSQL server binaries (initdb, pg_ctl)"
[ -f "$JAR" ] || fail "build the jar first: ./mvnw -DskipTests package"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"

in_ns() { ip netns exec "$NS" "$@"; }

cleanup() {
  set +e
  for pid in $(ip netns pids "$NS" 2>/dev/null); do kill "$pid" 2>/dev/null; done
  sleep 1
  [ -d "$WORK/pg/data" ] && in_ns runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$WORK/pg/data" -m fast -w stop >/dev/null 2>&1
  for pid in $(ip netns pids "$NS" 2>/dev/null); do kill -9 "$pid" 2>/dev/null; done
  ip netns del "$NS" 2>/dev/null
  rm -rf "$WORK"
}
trap cleanup EXIT

ip netns add "$NS"
ip -n "$NS" link set lo up
ip -n "$NS" addr add 127.0.0.2/8 dev lo

mkdir -p "$WORK/pg"; chown postgres "$WORK/pg"
runuser -u postgres -- "$PG_BIN/initdb" -D "$WORK/pg/data" -U postgres -A trust -E UTF8 >/dev/null
in_ns runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$WORK/pg/data" -w -l "$WORK/pg/postgres.log" \
  -o "-c listen_addresses=127.0.0.1 -p $PG_PORT -k $WORK/pg -c max_connections=100" start >/dev/null
psql_ns() { in_ns "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -v ON_ERROR_STOP=1 -q "$@"; }
psql_ns -d postgres -c "create database leasekeeper" -c "create database kea"

# perfdhcp's final report → "<exchanges/s> <sent DISCOVERs> <DORA completed> <drop %>"
summarize() {
  awk '
    /^Rate:/ { rate = $2 }
    /Statistics for: DISCOVER-OFFER/ { section = "do" }
    /Statistics for: REQUEST-ACK/ { section = "ra" }
    /^sent packets:/ { if (section == "do") sent = $3 }
    /^received packets:/ { if (section == "ra") acked = $3 }
    END { drop = sent > 0 ? 100 * (sent - acked) / sent : 0; printf "%s %d %d %.2f\n", rate, sent, acked, drop }
  ' "$1"
}

run_perfdhcp() {  # $1: label
  # Warm-up (JIT, caches, connection pool) with other simulated clients, not measured.
  in_ns timeout 30 perfdhcp -4 -r "$RATE" -R 1000 -p 5 -b mac=02:00:00:00:00:00 -l 127.0.0.2 127.0.0.1 \
    >"$WORK/$1.warmup" 2>&1 || true
  echo "perfdhcp -4 -r $RATE -R $CLIENTS -p $PERIOD -l 127.0.0.2 127.0.0.1  ($1)"
  in_ns timeout $((PERIOD + 30)) perfdhcp -4 -r "$RATE" -R "$CLIENTS" -p "$PERIOD" -W 2000000 -l 127.0.0.2 \
    127.0.0.1 >"$WORK/$1.perfdhcp" 2>&1 || true   # exit 3 = some exchanges not completed: measured, not fatal
  read -r rate sent acked drop < <(summarize "$WORK/$1.perfdhcp")
  printf '%-12s %10s DORA/s   %8s DISCOVERs sent   %8s ACKed   drop rate %s %%\n' "$1" "$rate" "$sent" "$acked" "$drop"
  grep -E 'avg delay' "$WORK/$1.perfdhcp" | sed 's/^/             /' | paste -sd' ' -
}

# --- Leasekeeper -------------------------------------------------------------------------------------------
in_ns env SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/leasekeeper" SPRING_DATASOURCE_USERNAME=postgres \
  LEASEKEEPER_API_TOKEN="$TOKEN" LEASEKEEPER_DHCP_BIND_ADDRESS=127.0.0.1 LEASEKEEPER_DHCP_PORT=67 SERVER_PORT=8080 \
  LOGGING_LEVEL_ORG_LEASEKEEPER_DHCP=ERROR \
  "$JAVA" ${BENCH_JAVA_OPTS:-} -jar "$JAR" >"$WORK/leasekeeper.log" 2>&1 &
LEASEKEEPER_PID=$!   # ip netns exec and env exec the JVM: this is its process id
for _ in $(seq 1 120); do
  in_ns curl -fsS -m 2 http://127.0.0.1:8080/actuator/health >/dev/null 2>&1 && break
  sleep 1
done
in_ns curl -fsS -m 2 http://127.0.0.1:8080/actuator/health >/dev/null || { tail -40 "$WORK/leasekeeper.log"; fail "Leasekeeper did not start"; }
status=$(in_ns curl -sS -m 30 -o "$WORK/subnet.json" -w '%{http_code}' -X POST http://127.0.0.1:8080/api/v1/subnets \
  -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
  -d "{\"name\":\"bench\",\"cidr\":\"$SUBNET_CIDR\",\"pools\":[{\"first\":\"$POOL_FIRST\",\"last\":\"$POOL_LAST\"}],
       \"leaseTimeSeconds\":3600,\"relayAddresses\":[\"127.0.0.2\"]}")
[ "$status" = 201 ] || { cat "$WORK/subnet.json"; fail "subnet not created (HTTP $status)"; }
sleep 6   # the subnet snapshot that DHCP reads refreshes at least every 5 s
run_perfdhcp leasekeeper
in_ns curl -fsS -m 10 -H "Authorization: Bearer $TOKEN" http://127.0.0.1:8080/actuator/prometheus >"$WORK/metrics" || true
grep -o 'leasekeeper_dhcp_packets_dropped_total{[^}]*} [0-9.]*' "$WORK/metrics" \
  | awk '$2 > 0 { print "             dropped by Leasekeeper: " $0 }' || true
# Time spent inside the lease service (one transaction each), to set against perfdhcp's round trip.
awk '/^leasekeeper_lease_operation_seconds_(sum|count)\{/ && /op="(offer|bind)"/ {
       match($0, /op="[a-z]+"/); op = substr($0, RSTART + 4, RLENGTH - 5)
       if ($0 ~ /_sum\{/) sum[op] += $NF; else count[op] += $NF }
     END { for (op in count) if (count[op] > 0)
             printf "             lease service %-5s mean %.1f ms over %d calls\n", op, 1000 * sum[op] / count[op], count[op] }' \
  "$WORK/metrics" || true
kill "$LEASEKEEPER_PID"
sleep 3

# --- Kea (same machine, same PostgreSQL) --------------------------------------------------------------------
if command -v kea-dhcp4 >/dev/null && command -v kea-admin >/dev/null; then
  in_ns kea-admin db-init pgsql -h 127.0.0.1 -P "$PG_PORT" -u postgres -n kea >"$WORK/kea-admin.log" 2>&1 \
    || { cat "$WORK/kea-admin.log"; fail "kea-admin db-init failed"; }
  cat >"$WORK/kea-dhcp4.json" <<JSON
{"Dhcp4": {
  "interfaces-config": {"interfaces": ["lo/127.0.0.1"], "dhcp-socket-type": "udp"},
  "lease-database": {"type": "postgresql", "name": "kea", "host": "127.0.0.1", "port": $PG_PORT, "user": "postgres", "password": ""},
  "valid-lifetime": 3600,
  "subnet4": [{"id": 1, "subnet": "$SUBNET_CIDR", "pools": [{"pool": "$POOL_FIRST - $POOL_LAST"}],
               "relay": {"ip-addresses": ["127.0.0.2"]}}],
  "loggers": [{"name": "kea-dhcp4", "severity": "ERROR", "output_options": [{"output": "$WORK/kea.log"}]}]
}}
JSON
  in_ns env KEA_PIDFILE_DIR="$WORK" KEA_LOCKFILE_DIR="$WORK" kea-dhcp4 -c "$WORK/kea-dhcp4.json" >"$WORK/kea.out" 2>&1 &
  sleep 3
  run_perfdhcp kea
else
  echo "kea-dhcp4 / kea-admin not installed: Kea run skipped"
fi

echo
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
echo "PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}'), $("$JAVA" -version 2>&1 | head -n 1), $(perfdhcp -v 2>&1 | head -n 1 | sed 's/^/perfdhcp /')"
echo "offered load: $RATE exchanges/s for $PERIOD s over $CLIENTS simulated clients (relayed via 127.0.0.2)"
