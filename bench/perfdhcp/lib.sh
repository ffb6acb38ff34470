# Shared by leasekeeper.sh and kea.sh (sourced, not run): the perfdhcp rate steps, the summary parser and the
# clean-up of everything a run started. Loopback only: the server under test listens on 127.0.0.1:67, perfdhcp
# plays a relay agent at 127.0.0.2 (giaddr 127.0.0.2, source port 67), and PostgreSQL is the local one.
#
# Settings (environment):
#   STEPS    offered DORA exchanges per second, one perfdhcp run each        ["500 1000 2000 4000"]
#   PERIOD   seconds per step                                                  [20]
#   CLIENTS  simulated clients per step (perfdhcp -R); each step has its own   [10000]
#            MAC range, so the steps never share clients; a client whose
#            exchange completed and that is drawn again is a returning client
#   WARMUP   seconds of unreported load at 200/s before the first step         [10]
#   PGHOST / PGPORT / PGUSER  the PostgreSQL to create the throw-away database in  [127.0.0.1 / 5432 / postgres]
#   SYNCHRONOUS_COMMIT  synchronous_commit of the throw-away database ("off" shows what the commit flushes
#            cost; leave unset for PostgreSQL's durable default)                      [server default]
#   RESULTS  file to append "server rate dora_per_s sent acked drop_pct dora_ms server_cpu_s pg_cpu_s" lines to
#            (compare.sh uses it)

STEPS="${STEPS:-500 1000 2000 4000}"
PERIOD="${PERIOD:-20}"
CLIENTS="${CLIENTS:-10000}"
WARMUP="${WARMUP:-10}"
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
RELAY=127.0.0.2
SERVER=127.0.0.1
# Pool of the benchmark subnet, the same for both servers: 10.0.0.0/16, 60160 addresses.
SUBNET_CIDR=10.0.0.0/16
POOL_FIRST=10.0.1.0
POOL_LAST=10.0.235.255

# create_db: the throw-away database DB, dropped at exit
create_db() {
  createdb "$DB"
  if [ -n "${SYNCHRONOUS_COMMIT:-}" ]; then
    psql -q -d "$DB" -c "alter database $DB set synchronous_commit = '$SYNCHRONOUS_COMMIT'"
  fi
}

. ../server.sh

need_tools() {
  [ "$(id -u)" = 0 ] || fail "needs root (port 67, an address on lo)"
  for tool in "$@"; do command -v "$tool" >/dev/null || fail "needs $tool"; done
  if ss -Hlun "sport = :67" | grep -q .; then
    ss -Hlunp "sport = :67" >&2
    fail "something already listens on UDP port 67 (another server under test?)"
  fi
}

# perfdhcp looks its local address up among the interfaces' addresses, so 127.0.0.2 must be on lo (the whole
# of 127/8 already routes there; this only makes it visible). Removed again at exit when this run added it.
ADDED_RELAY_ADDRESS=
add_relay_address() {
  if ! ip -4 -o addr show dev lo | grep -q " $RELAY/"; then
    ip addr add "$RELAY/32" dev lo
    ADDED_RELAY_ADDRESS=1
  fi
}

# Children to end at exit, and the database to drop.
PIDS=()
DB=
WORK="$(mktemp -d /tmp/lk-perfdhcp-XXXXXX)"
cleanup() {
  set +e
  stop_children
  [ -n "$DB" ] && dropdb --if-exists "$DB" 2>/dev/null
  [ -n "$ADDED_RELAY_ADDRESS" ] && ip addr del "$RELAY/32" dev lo 2>/dev/null
  if [ -n "${KEEP_WORK:-}" ]; then echo "logs kept in $WORK" >&2; else rm -rf "$WORK"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# perfdhcp's final report → "<achieved rate> <DISCOVERs sent> <ACKs received> <drop %> <mean DORA ms>"
# (drop % = DISCOVERs that did not end in an ACK; DORA ms = mean DISCOVER→OFFER + mean REQUEST→ACK delay).
summarize() {
  awk '
    /^Rate:/ { rate = $2 }
    /Statistics for: DISCOVER-OFFER/ { section = "do" }
    /Statistics for: REQUEST-ACK/ { section = "ra" }
    /^sent packets:/ { if (section == "do") sent = $3 }
    /^received packets:/ { if (section == "ra") acked = $3 }
    /^avg delay:/ { avg[section] = $3 }
    END {
      drop = sent > 0 ? 100 * (sent - acked) / sent : 0
      printf "%.1f %d %d %.2f %.2f\n", rate, sent, acked, drop, avg["do"] + avg["ra"]
    }
  ' "$1"
}

# run_perfdhcp <label> <rate> <seconds> <clients> <mac base>: one bounded perfdhcp run, as a relay from 127.0.0.2.
run_perfdhcp() {
  local label=$1 rate=$2 seconds=$3 clients=$4 mac=$5
  # -W: after the period, wait 2 s for the answers still on their way; -d 2: an exchange is lost after 2 s.
  timeout $((seconds + 30)) perfdhcp -4 -l "$RELAY" -r "$rate" -R "$clients" -p "$seconds" -d 2 -W 2000000 \
    -b "mac=$mac" "$SERVER" >"$WORK/$label.perfdhcp" 2>&1 || true  # exit 3: some exchanges lost; measured, not fatal
  grep -q 'Statistics for: DISCOVER-OFFER' "$WORK/$label.perfdhcp" \
    || { cat "$WORK/$label.perfdhcp" >&2; fail "perfdhcp gave no report"; }
}

# CPU time (1/100 s) used so far by the server process SERVER_PID and by the PostgreSQL backends connected
# to DB (a backend's process title names its database); for the CPU columns of the table.
cpu_ticks() {
  local server=0 pg=0 pid
  [ -n "${SERVER_PID:-}" ] && server=$(awk '{ print $14 + $15 }' "/proc/$SERVER_PID/stat" 2>/dev/null || echo 0)
  for pid in $(pgrep -f "^postgres: ([^ ]+: )?[^ ]+ $DB " || true); do
    pg=$((pg + $(awk '{ print $14 + $15 }' "/proc/$pid/stat" 2>/dev/null || echo 0)))
  done
  echo "$server $pg"
}

# steps <server label> [hook]: the warm-up, then every rate step; prints one line per step and calls
# "<hook> <rate>" after each (for server-side counters). Columns: completed DORA exchanges per second of the
# period, DISCOVERs sent, ACKs received, drop %, mean DORA time, and the CPU seconds the server process and
# its PostgreSQL backends used during the step (out of PERIOD s of wall time per core).
steps() {
  local server=$1 hook=${2:-} i=0 rate srv0 pg0 srv1 pg1 srv pg
  if [ "$WARMUP" -gt 0 ]; then
    run_perfdhcp "$server-warmup" 200 "$WARMUP" 2000 "02:00:ff:00:00:00"
    read -r _ sent acked drop _ < <(summarize "$WORK/$server-warmup.perfdhcp")
    echo "warm-up: $WARMUP s at 200/s, $sent DISCOVERs, $acked ACKs, drop $drop %"
    [ -n "$hook" ] && "$hook" warmup >/dev/null
  fi
  printf '%-12s %8s %8s %8s %8s %7s %8s %8s %7s\n' server offered "DORA/s" sent acked "drop %" "DORA ms" "srv CPU" "pg CPU"
  for rate in $STEPS; do
    i=$((i + 1))
    read -r srv0 pg0 < <(cpu_ticks)
    run_perfdhcp "$server-$rate" "$rate" "$PERIOD" "$CLIENTS" "$(printf '02:00:%02x:00:00:00' "$i")"
    read -r srv1 pg1 < <(cpu_ticks)
    srv=$(awk -v t=$((srv1 - srv0)) 'BEGIN { printf "%.1f", t / 100 }')
    pg=$(awk -v t=$((pg1 - pg0)) 'BEGIN { printf "%.1f", t / 100 }')
    read -r _ sent acked drop ms < <(summarize "$WORK/$server-$rate.perfdhcp")
    # exchanges completed (ACKed) per second of the sending period; perfdhcp's own "Rate" line divides by
    # the whole run, drain time included
    dora=$(awk -v a="$acked" -v p="$PERIOD" 'BEGIN { printf "%.0f", a / p }')
    printf '%-12s %8s %8s %8s %8s %7s %8s %8s %7s\n' "$server" "$rate" "$dora" "$sent" "$acked" "$drop" "$ms" "$srv" "$pg"
    [ -n "${RESULTS:-}" ] && echo "$server $rate $dora $sent $acked $drop $ms $srv $pg" >>"$RESULTS"
    [ -n "$hook" ] && "$hook" "$rate"
  done
  return 0
}

machine() {
  echo "machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')), $(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo)"
  echo "synchronous_commit $(psql -d "$DB" -Atc 'show synchronous_commit'), load average $(cut -d" " -f1-3 /proc/loadavg) (1/5/15 min), PostgreSQL $(psql -d postgres -Atc "show server_version"), perfdhcp $(perfdhcp -v 2>&1 | head -n 1 | awk '{print $NF}'), $(date -u +%Y-%m-%dT%H:%MZ)"
}
