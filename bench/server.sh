# Shared by the benchmark scripts (sourced, not run): ending the processes a run started, a free HTTP port,
# and waiting for Leasekeeper's readiness. Loopback only.

fail() { echo "$(basename "$0"): $*" >&2; exit 1; }

# stop_children: ends every process in PIDS, first politely, then after 10 s for good.
stop_children() {
  local pid
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null; done
  for pid in "${PIDS[@]}"; do
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
    kill -9 "$pid" 2>/dev/null
  done
}

# free_tcp_port FIRST LAST: prints the first port in the range nothing listens on, or fails.
free_tcp_port() {
  local port
  for port in $(seq "$1" "$2"); do
    ss -Hltn "sport = :$port" | grep -q . || { echo "$port"; return; }
  done
  fail "no free TCP port in $1-$2"
}

# await_ready BASE PID LOG: waits up to 3 minutes for BASE/actuator/health/readiness while PID lives;
# fails with the end of LOG when it never gets there.
await_ready() {
  for _ in $(seq 1 180); do
    curl -fsS -m 2 "$1/actuator/health/readiness" >/dev/null 2>&1 && return
    kill -0 "$2" 2>/dev/null || break
    sleep 1
  done
  curl -fsS -m 2 "$1/actuator/health/readiness" >/dev/null 2>&1 \
    || { tail -40 "$3" >&2; fail "Leasekeeper did not become ready"; }
}
