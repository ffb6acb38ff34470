#!/usr/bin/env bash
# Recreates the golden DHCP captures in this directory from real clients.
#
# Builds network namespaces joined by veth pairs (198.18.0.0/15, RFC 2544 benchmarking space, used only
# inside them) and runs Kea (kea-dhcp4) as the server in one; one after the other ISC dhclient, busybox
# udhcpc, dhcpcd and dhcpcd --inform in a second, directly connected; and busybox udhcpc behind ISC
# dhcrelay (a third namespace, forwarding) in a fourth. For each run tcpdump records at the server
# DISCOVER/OFFER/REQUEST/ACK, renewals, rebinding, INIT-REBOOT and release into <run>.pcap; then
# extract-payloads.py writes every UDP payload as an annotated hex file <run>/NN-<message>.hex. Everything
# it starts is stopped and removed on exit; every wait is bounded (about 35 s in all). Needs root,
# iproute2, kea-dhcp4-server, tcpdump, isc-dhcp-client, udhcpc, dhcpcd-base, isc-dhcp-relay, python3.
#
# Usage: sudo ./capture.sh [output-directory]   (default: the directory of this script)
# CLIENTS="dhclient relayed" limits the runs; KEEP_WORK=1 keeps the temporary directory with all logs.
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
OUT="$(mkdir -p "${1:-$HERE}" && cd "${1:-$HERE}" && pwd)"
[ "$(id -u)" = 0 ] || { echo "capture.sh: needs root (network namespaces)" >&2; exit 2; }
for tool in ip kea-dhcp4 tcpdump dhclient udhcpc dhcpcd dhcrelay python3 timeout unshare; do
  command -v "$tool" >/dev/null || { echo "capture.sh: $tool is missing" >&2; exit 2; }
done

ID="lkcap$$"
SRV="${ID}s"            # namespace of the server
CLI="${ID}c"            # namespace of the clients
VS="${ID}s0"            # server end of the veth pair
VC="${ID}c0"            # client end
RLY="${ID}r"            # namespace of the relay agent (ISC dhcrelay) for the relayed capture
REL="${ID}e"            # namespace of the relayed client
VS1="${ID}s1"           # server side of the server-relay link (198.18.2.0/24)
VR0="${ID}r0"           # relay side of it
VE="${ID}e0"            # relayed client's interface; the relay's end is renamed lan0 (198.18.1.0/24)
WORK="$(mktemp -d)"
PIDS=()

cleanup() {
  set +e
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null; done
  sleep 0.5
  for pid in "${PIDS[@]}"; do kill -KILL "$pid" 2>/dev/null; done
  ip netns del "$SRV" 2>/dev/null
  ip netns del "$CLI" 2>/dev/null
  ip netns del "$RLY" 2>/dev/null
  ip netns del "$REL" 2>/dev/null
  if [ -n "${KEEP_WORK:-}" ]; then echo "capture.sh: kept $WORK" >&2; else rm -rf "$WORK"; fi
}
trap cleanup EXIT INT TERM

in_srv() { ip netns exec "$SRV" "$@"; }
in_cli() { ip netns exec "$CLI" "$@"; }

# Background processes are started with a plain "ip netns exec" (not through these functions), which
# execs the program, so that $! is the program itself and signals reach it.

# Polls (at most $2 seconds) until the pcap $1 shows $3 packets whose tcpdump line matches $4.
wait_for() {
  local file="$1" seconds="$2" count="$3" pattern="$4" deadline=$((SECONDS + $2))
  while [ "$SECONDS" -lt "$deadline" ]; do
    if [ "$(tcpdump -r "$file" -n -v 2>/dev/null | grep -c -E "$pattern" || true)" -ge "$count" ]; then
      return 0
    fi
    sleep 0.3
  done
  echo "capture.sh: timed out after ${seconds}s waiting for $count x '$pattern' in $(basename "$file")" >&2
  return 1
}

# --- namespaces -------------------------------------------------------------------------------------------
ip netns add "$SRV"
ip netns add "$CLI"
ip link add "$VS" type veth peer name "$VC"
ip link set "$VS" netns "$SRV"
ip link set "$VC" netns "$CLI"
in_srv ip link set lo up
in_cli ip link set lo up
in_srv ip addr add 198.18.0.1/24 dev "$VS"
in_srv ip link set "$VS" up
in_cli ip link set "$VC" up    # Kea opens no socket on an interface whose peer is down

# relayed segment: client namespace -- lan0 [relay, forwarding] r0 -- s1 [server]
ip netns add "$RLY"
ip netns add "$REL"
ip link add "$VS1" type veth peer name "$VR0"
ip link add "${ID}r1" type veth peer name "$VE"
ip link set "$VS1" netns "$SRV"
ip link set "$VR0" netns "$RLY"
ip link set "${ID}r1" netns "$RLY"
ip link set "$VE" netns "$REL"
ip -n "$RLY" link set "${ID}r1" name lan0   # the circuit-id dhcrelay sends is this name
in_srv ip addr add 198.18.2.1/24 dev "$VS1"
in_srv ip link set "$VS1" up
in_srv ip route add 198.18.1.0/24 via 198.18.2.2
ip -n "$RLY" link set lo up
ip -n "$RLY" addr add 198.18.2.2/24 dev "$VR0"
ip -n "$RLY" addr add 198.18.1.1/24 dev lan0
ip -n "$RLY" link set "$VR0" up
ip -n "$RLY" link set lan0 up
ip netns exec "$RLY" sysctl -qw net.ipv4.ip_forward=1
ip -n "$REL" link set lo up
ip -n "$REL" link set "$VE" up

# --- server -----------------------------------------------------------------------------------------------
cat >"$WORK/kea.json" <<JSON
{ "Dhcp4": {
    "interfaces-config": { "interfaces": [ "$VS", "$VS1" ], "dhcp-socket-type": "raw",
                           "service-sockets-max-retries": 20, "service-sockets-retry-wait-time": 250 },
    "lease-database": { "type": "memfile", "persist": true, "name": "$WORK/kea-leases4.csv", "lfc-interval": 0 },
    "valid-lifetime": 40, "renew-timer": 5, "rebind-timer": 30,
    "subnet4": [ {
        "id": 1, "subnet": "198.18.0.0/24",
        "pools": [ { "pool": "198.18.0.100 - 198.18.0.150" } ],
        "option-data": [
            { "name": "routers", "data": "198.18.0.1" },
            { "name": "domain-name-servers", "data": "198.18.0.53, 198.18.0.54" },
            { "name": "domain-name", "data": "lk.test" } ] },
      { "id": 2, "subnet": "198.18.1.0/24",
        "pools": [ { "pool": "198.18.1.100 - 198.18.1.150" } ],
        "option-data": [ { "name": "routers", "data": "198.18.1.1" } ] } ],
    "loggers": [ { "name": "kea-dhcp4", "severity": "INFO",
                   "output_options": [ { "output": "$WORK/kea.log" } ] } ] } }
JSON
KEA_PIDFILE_DIR="$WORK" KEA_LOCKFILE_DIR="$WORK" ip netns exec "$SRV" kea-dhcp4 -c "$WORK/kea.json" >"$WORK/kea.out" 2>&1 &
PIDS+=($!)
sleep 1
kill -0 "${PIDS[-1]}" || { cat "$WORK/kea.out" >&2; exit 1; }

# --- one client run -----------------------------------------------------------------------------------------
start_capture() {
  ip netns exec "$SRV" tcpdump -Z root -i "${2:-$VS}" -n -U -s 0 -w "$WORK/$1.pcap" 'udp and (port 67 or port 68)' 2>"$WORK/$1.tcpdump" &
  CAPTURE=$!
  PIDS+=("$CAPTURE")
  local deadline=$((SECONDS + 5))
  until grep -q 'listening on' "$WORK/$1.tcpdump" 2>/dev/null; do
    [ "$SECONDS" -lt "$deadline" ] || { echo "capture.sh: tcpdump did not start" >&2; exit 1; }
    sleep 0.1
  done
}

stop_capture() {
  sleep 0.5
  kill -INT "$CAPTURE"
  timeout 5 tail --pid="$CAPTURE" -f /dev/null || kill -KILL "$CAPTURE"
  cp "$WORK/$1.pcap" "$OUT/$1.pcap"
}

client_interface() {   # fresh state and a fixed MAC per client, so captures are comparable
  in_cli ip addr flush dev "$VC"
  in_cli ip link set "$VC" address "$1"   # veth changes its address while up, so Kea's socket stays open
}

# A client script that only sets the address; nothing outside the namespace is touched.
cat >"$WORK/set-address.sh" <<'SH'
#!/bin/sh
# dhclient passes reason/new_ip_address/new_subnet_mask, udhcpc passes $1/ip/mask
case "${reason:-$1}" in
  BOUND|RENEW|REBIND|REBOOT) ip addr replace "$new_ip_address/$new_subnet_mask" dev "$interface" ;;
  bound|renew) ip addr replace "$ip/$mask" dev "$interface" ;;
  RELEASE|EXPIRE|STOP|deconfig) ip addr flush dev "$interface" ;;
esac
exit 0
SH
chmod +x "$WORK/set-address.sh"

# ISC dhclient: host-name (12) and a wire-encoded FQDN (81), no client identifier (identified by chaddr).
# Bound, renewed at T1, stopped without release and restarted (INIT-REBOOT from its lease file), released.
capture_dhclient() {
  client_interface 02:4c:4b:00:00:01
  cat >"$WORK/dhclient.conf" <<CONF
send host-name "lk-dhclient";
send fqdn.fqdn "lk-dhclient.lk.test.";
send fqdn.encoded on;
send fqdn.server-update on;
request subnet-mask, broadcast-address, time-offset, routers, domain-name, domain-name-servers, host-name,
        interface-mtu;
CONF
  local args=(-cf "$WORK/dhclient.conf" -lf "$WORK/dhclient.leases" -pf "$WORK/dhclient.pid" -sf "$WORK/set-address.sh")
  start_capture dhclient
  ip netns exec "$CLI" dhclient -d -4 "${args[@]}" "$VC" >"$WORK/dhclient.log" 2>&1 &
  local pid=$!
  PIDS+=("$pid")
  wait_for "$WORK/dhclient.pcap" 20 2 'DHCP-Message.*: ACK'     # bound, then renewed at T1 (5 s)
  kill "$pid"                                                   # exits without releasing
  timeout 10 tail --pid="$pid" -f /dev/null || true
  ip netns exec "$CLI" dhclient -d -4 "${args[@]}" "$VC" >>"$WORK/dhclient.log" 2>&1 &
  PIDS+=($!)
  wait_for "$WORK/dhclient.pcap" 20 3 'DHCP-Message.*: ACK'     # INIT-REBOOT from the lease file
  in_cli timeout 15 dhclient -r -4 "${args[@]}" "$VC" >>"$WORK/dhclient.log" 2>&1
  wait_for "$WORK/dhclient.pcap" 10 1 'DHCP-Message.*: Release'
  stop_capture dhclient
}

# busybox udhcpc: client identifier 01+MAC (default), hostname (12), FQDN (81, -F); USR1 renews, USR2 releases.
capture_udhcpc() {
  client_interface 02:4c:4b:00:00:02
  start_capture udhcpc
  ip netns exec "$CLI" udhcpc -f -i "$VC" -s "$WORK/set-address.sh" -t 5 -T 2 -x hostname:lk-udhcpc -F lk-udhcpc \
    -p "$WORK/udhcpc.pid" >"$WORK/udhcpc.log" 2>&1 &
  local pid=$!
  PIDS+=("$pid")
  wait_for "$WORK/udhcpc.pcap" 20 1 'DHCP-Message.*: ACK'
  kill -USR1 "$pid"
  wait_for "$WORK/udhcpc.pcap" 15 2 'DHCP-Message.*: ACK'
  kill -USR2 "$pid"
  wait_for "$WORK/udhcpc.pcap" 10 1 'DHCP-Message.*: Release'
  kill "$pid"
  stop_capture udhcpc
}

# dhcpcd: RFC 4361 client identifier (IAID + DUID), hostname (12), FQDN (81); renews at T1 (5 s), SIGHUP
# makes it rebind (a broadcast REQUEST with ciaddr), SIGALRM releases and exits. Runs in its own mount
# namespace with empty /var/lib/dhcpcd and /run so its DUID, lease and control files stay out of the machine's.
cat >"$WORK/dhcpcd.conf" <<CONF
hostname lk-dhcpcd
fqdn both
duid
option domain_name_servers, domain_name, routers, subnet_mask, broadcast_address
noarp
ipv4only
noipv4ll
nohook resolv.conf, ntp.conf, timesyncd.conf, ypbind, hostname
CONF

capture_dhcpcd() {
  client_interface 02:4c:4b:00:00:03
  start_capture dhcpcd
  ip netns exec "$CLI" unshare -m sh -c "mount --make-rprivate / && mount -t tmpfs lk /var/lib/dhcpcd && mount -t tmpfs lk /run \
    && exec dhcpcd -B -4 -d -f '$WORK/dhcpcd.conf' -c '$WORK/set-address.sh' '$VC'" >"$WORK/dhcpcd.log" 2>&1 &
  local pid=$!
  PIDS+=("$pid")
  wait_for "$WORK/dhcpcd.pcap" 25 2 'DHCP-Message.*: ACK'
  kill -HUP "$pid"
  wait_for "$WORK/dhcpcd.pcap" 10 3 'DHCP-Message.*: ACK'
  kill -ALRM "$pid"
  wait_for "$WORK/dhcpcd.pcap" 10 1 'DHCP-Message.*: Release'
  timeout 10 tail --pid="$pid" -f /dev/null || true
  stop_capture dhcpcd
}

# dhcpcd --inform: a DHCPINFORM from a client that configured 198.18.0.77 itself (RFC 2131 §3.4).
capture_inform() {
  client_interface 02:4c:4b:00:00:04
  in_cli ip addr add 198.18.0.77/24 dev "$VC"
  start_capture inform
  ip netns exec "$CLI" unshare -m sh -c "mount --make-rprivate / && mount -t tmpfs lk /var/lib/dhcpcd && mount -t tmpfs lk /run \
    && exec dhcpcd -B -4 -d -f '$WORK/dhcpcd.conf' -c '$WORK/set-address.sh' -s 198.18.0.77/24 '$VC'" \
    >"$WORK/inform.log" 2>&1 &
  local pid=$!
  PIDS+=("$pid")
  wait_for "$WORK/inform.pcap" 20 1 'DHCP-Message.*: ACK'
  kill "$pid"
  timeout 10 tail --pid="$pid" -f /dev/null || true
  stop_capture inform
}

# busybox udhcpc behind ISC dhcrelay -a: the server sees giaddr 198.18.1.1, hops 1 and option 82 with
# circuit-id "lan0". The release goes unicast to the server, routed by the relay's namespace.
capture_relayed() {
  ip netns exec "$RLY" dhcrelay -4 -d -a -pf "$WORK/dhcrelay.pid" -iu "$VR0" -id lan0 198.18.2.1 \
    >"$WORK/dhcrelay.log" 2>&1 &
  local relay=$!
  PIDS+=("$relay")
  ip -n "$REL" link set "$VE" address 02:4c:4b:00:00:05
  ip -n "$REL" route add 198.18.2.0/24 via 198.18.1.1 dev "$VE" onlink
  start_capture relayed "$VS1"
  ip netns exec "$REL" udhcpc -f -i "$VE" -s "$WORK/set-address.sh" -t 5 -T 2 -x hostname:lk-relayed \
    -p "$WORK/relayed.pid" >"$WORK/relayed.log" 2>&1 &
  local pid=$!
  PIDS+=("$pid")
  wait_for "$WORK/relayed.pcap" 20 1 'DHCP-Message.*: ACK'
  kill -USR2 "$pid"
  wait_for "$WORK/relayed.pcap" 10 1 'DHCP-Message.*: Release'
  kill "$pid" "$relay"
  stop_capture relayed
}

status=0
for client in ${CLIENTS:-dhclient udhcpc dhcpcd inform relayed}; do
  if ! "capture_$client"; then
    status=1
    echo "capture.sh: $client failed; its log:" >&2
    cat "$WORK/$client.log" >&2 || true
  fi
done

{
  echo "# Captured by capture.sh on $(date -u +%Y-%m-%d)"
  echo "# server: Kea $(kea-dhcp4 -V | head -n 1)"
  echo "# dhclient: $(dhclient --version 2>&1 | head -n 1)"
  echo "# udhcpc: $(udhcpc --help 2>&1 | head -n 1)"
  echo "# dhcpcd: $(dhcpcd --version | head -n 1)"
  echo "# relay: $(dhcrelay --version 2>&1 | head -n 1)"
} >"$WORK/versions.txt"
python3 "$HERE/extract-payloads.py" "$OUT" "$WORK/versions.txt" ${CLIENTS:-dhclient udhcpc dhcpcd inform relayed}
exit $status
