#!/usr/bin/env bash
# DHCPv4 throughput of ISC Kea (kea-dhcp4, PostgreSQL lease backend) over loopback, measured with perfdhcp in
# the same rate steps as leasekeeper.sh, for comparison.
#
#   bench/perfdhcp/kea.sh            (root; Debian packages kea-dhcp4-server, kea-admin, postgresql-client)
#
# A throw-away database (createdb kea_bench_<pid>, schema by `kea-admin db-init pgsql`, dropped at exit) in the
# local PostgreSQL, kea-dhcp4 with a UDP socket on lo/127.0.0.1:67, a subnet 10.0.0.0/16 whose relay
# ip-addresses hold 127.0.0.2 and a pool of 60160 addresses, then perfdhcp as a relay agent from 127.0.0.2.
# Settings: see lib.sh (STEPS, PERIOD, CLIENTS, WARMUP, PGHOST...), plus
#   KEA_THREADS  0: Kea's default single-threaded packet processing; N > 0: multi-threading with N threads  [0]
# Never run at the same time as leasekeeper.sh (both bind UDP 67).
set -euo pipefail
cd "$(dirname "$0")"
. ./lib.sh
KEA_THREADS="${KEA_THREADS:-0}"

need_tools ip perfdhcp kea-dhcp4 kea-admin createdb dropdb psql
add_relay_address

DB="kea_bench_$$"
create_db
kea-admin db-init pgsql -h "$PGHOST" -P "$PGPORT" -u "$PGUSER" -n "$DB" >"$WORK/kea-admin.log" 2>&1 \
  || { cat "$WORK/kea-admin.log" >&2; fail "kea-admin db-init failed"; }

if [ "$KEA_THREADS" -gt 0 ]; then
  mt="\"multi-threading\": {\"enable-multi-threading\": true, \"thread-pool-size\": $KEA_THREADS, \"packet-queue-size\": 64},"
else
  mt="\"multi-threading\": {\"enable-multi-threading\": false},"
fi
cat >"$WORK/kea-dhcp4.json" <<JSON
{"Dhcp4": {
  "interfaces-config": {"interfaces": ["lo/$SERVER"], "dhcp-socket-type": "udp"},
  "lease-database": {"type": "postgresql", "name": "$DB", "host": "$PGHOST", "port": $PGPORT,
                     "user": "$PGUSER", "password": ""},
  $mt
  "valid-lifetime": 3600,
  "subnet4": [{"id": 1, "subnet": "$SUBNET_CIDR", "pools": [{"pool": "$POOL_FIRST - $POOL_LAST"}],
               "relay": {"ip-addresses": ["$RELAY"]}}],
  "loggers": [{"name": "kea-dhcp4", "severity": "WARN", "output_options": [{"output": "$WORK/kea.log"}]}]
}}
JSON
KEA_PIDFILE_DIR="$WORK" KEA_LOCKFILE_DIR="$WORK" kea-dhcp4 -c "$WORK/kea-dhcp4.json" >"$WORK/kea.out" 2>&1 &
SERVER_PID=$!
PIDS+=("$SERVER_PID")
for _ in $(seq 1 50); do ss -Hlun "sport = :67" | grep -q "$SERVER:67" && break; sleep 0.2; done
ss -Hlun "sport = :67" | grep -q "$SERVER:67" || { cat "$WORK/kea.out" "$WORK/kea.log" >&2; fail "kea-dhcp4 did not start"; }

label=kea
[ "$KEA_THREADS" -gt 0 ] && label="kea-mt$KEA_THREADS"
echo "$label: $(kea-dhcp4 -v), database $DB, $CLIENTS clients per step, $PERIOD s per step"
steps "$label"
machine
