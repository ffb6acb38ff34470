#!/usr/bin/env bash
# DHCPv4 throughput of Leasekeeper over loopback, measured with perfdhcp (Debian: kea-admin) in rate steps.
#
#   bench/perfdhcp/leasekeeper.sh        (root; needs target/leasekeeper.jar, perfdhcp, curl, postgresql-client)
#
# A throw-away database (createdb lk_bench_<pid>, dropped at exit) in the local PostgreSQL, the jar with its DHCP
# listener bound to 127.0.0.1:67 (server identifier 127.0.0.1, no interface: relayed clients only) and HTTP on a
# free port, a subnet 10.0.0.0/16 with a pool of 60160 addresses and relayAddresses ["127.0.0.2"] created through
# the API, then perfdhcp as a relay agent from 127.0.0.2 (giaddr 127.0.0.2) in rate steps. After each step the
# jar's own counters (leasekeeper_dhcp_packets_dropped_total by reason).
# Settings: see lib.sh (STEPS, PERIOD, CLIENTS, WARMUP, PGHOST...), plus JAVA_OPTS and
#   MAX_IN_FLIGHT   LEASEKEEPER_DHCP_MAX_IN_FLIGHT for the run [the service's default]
#   POOL_SIZE       spring.datasource.hikari.maximum-pool-size [the service's default]
# Never run at the same time as kea.sh (both bind UDP 67).
set -euo pipefail
cd "$(dirname "$0")"
. ./lib.sh
ROOT="$(cd ../.. && pwd)"
JAR="${JAR:-$ROOT/target/leasekeeper.jar}"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
TOKEN="bench-$RANDOM$RANDOM"

need_tools ip perfdhcp curl createdb dropdb psql "$JAVA"
[ -f "$JAR" ] || fail "build the jar first: ./mvnw -B package -DskipTests"
add_relay_address

HTTP_PORT=$(free_tcp_port 18080 18180) || exit 1
BASE="http://127.0.0.1:$HTTP_PORT"

DB="lk_bench_$$"
create_db
extra=()
[ -n "${MAX_IN_FLIGHT:-}" ] && extra+=("LEASEKEEPER_DHCP_MAX_IN_FLIGHT=$MAX_IN_FLIGHT")
[ -n "${POOL_SIZE:-}" ] && extra+=("SPRING_DATASOURCE_HIKARI_MAXIMUM_POOL_SIZE=$POOL_SIZE")
env -u LEASEKEEPER_DHCP_INTERFACE \
  SPRING_DATASOURCE_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" SPRING_DATASOURCE_USERNAME="$PGUSER" \
  LEASEKEEPER_API_TOKEN="$TOKEN" SERVER_PORT="$HTTP_PORT" SERVER_ADDRESS=127.0.0.1 \
  LEASEKEEPER_DHCP_ENABLED=true LEASEKEEPER_DHCP_BIND_ADDRESS="$SERVER" LEASEKEEPER_DHCP_PORT=67 \
  LEASEKEEPER_DHCP_SERVER_IDENTIFIER="$SERVER" LOGGING_LEVEL_ORG_LEASEKEEPER_DHCP=ERROR "${extra[@]}" \
  "$JAVA" ${JAVA_OPTS:-} -jar "$JAR" >"$WORK/leasekeeper.log" 2>&1 &
SERVER_PID=$!
PIDS+=("$SERVER_PID")
await_ready "$BASE" "$SERVER_PID" "$WORK/leasekeeper.log"

api() { curl -sS -m 60 -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' "$@"; }
status=$(api -o "$WORK/subnet.json" -w '%{http_code}' -X POST "$BASE/api/v1/subnets" -d "{
  \"name\": \"bench\", \"cidr\": \"$SUBNET_CIDR\", \"pools\": [{\"first\": \"$POOL_FIRST\", \"last\": \"$POOL_LAST\"}],
  \"leaseTimeSeconds\": 3600, \"relayAddresses\": [\"$RELAY\"]}")
[ "$status" = 201 ] || { cat "$WORK/subnet.json" >&2; fail "subnet not created (HTTP $status)"; }
sleep 6   # the subnet snapshot that the DHCP side reads is refreshed at least every 5 s

# After each step: what the jar received and dropped in it (by reason), from its own counters.
: >"$WORK/prev.counters"
counters() {
  api "$BASE/actuator/prometheus" | awk '
    /^leasekeeper_dhcp_packets_dropped_total/ { match($0, /reason="[^"]*"/); r = substr($0, RSTART + 8, RLENGTH - 9); print "dropped:" r, $NF }
    /^leasekeeper_dhcp_packets_received_total/ { s += $NF } END { print "received", s + 0 }'
}
after_step() {
  local now
  counters | sort >"$WORK/now.counters"
  now=$(join -a 1 -e 0 -o 0,1.2,2.2 "$WORK/now.counters" "$WORK/prev.counters" \
    | awk '{ d = $2 - $3; if (d > 0) printf "%s %.0f  ", $1, d }')
  mv "$WORK/now.counters" "$WORK/prev.counters"
  [ "$1" = warmup ] || printf '%12s   jar counters: %s\n' "" "$now"
}

echo "leasekeeper: $(unzip -p "$JAR" META-INF/MANIFEST.MF 2>/dev/null | awk -F': ' '/^Implementation-Version/ {print $2}' | tr -d '\r') on $("$JAVA" -version 2>&1 | head -n 1), database $DB, $CLIENTS clients per step, $PERIOD s per step"
steps leasekeeper after_step
machine
