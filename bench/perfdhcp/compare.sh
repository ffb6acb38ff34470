#!/usr/bin/env bash
# Leasekeeper beside Kea: runs leasekeeper.sh, then kea.sh (one after the other: both bind UDP 67), with the
# same rate steps, and prints one table of completed DORA exchanges per second, drop rate and mean DORA time.
#
#   bench/perfdhcp/compare.sh            (root; everything leasekeeper.sh and kea.sh need)
#
# Settings: those of lib.sh (STEPS, PERIOD, CLIENTS, WARMUP, PGHOST...) and of the two scripts; KEA_THREADS
# as in kea.sh ("0 2" runs Kea twice: single-threaded, then with 2 threads).
set -euo pipefail
cd "$(dirname "$0")"
RESULTS="$(mktemp /tmp/lk-compare-XXXXXX)"
trap 'rm -f "$RESULTS"' EXIT
export RESULTS

echo "== Leasekeeper"
./leasekeeper.sh
for threads in ${KEA_THREADS:-0}; do
  echo
  echo "== Kea (KEA_THREADS=$threads)"
  KEA_THREADS=$threads ./kea.sh
done

echo
echo "== side by side: completed DORA/s (drop %, mean DORA ms) per offered rate"
awk '
  { server[$1] = 1; if (!($2 in seen)) { seen[$2] = 1; rates[++n] = $2 }
    cell[$1 SUBSEP $2] = sprintf("%s (%s %%, %s ms)", $3, $6, $7) }
  END {
    printf "| offered/s |"; for (s in server) order[++m] = s
    # Leasekeeper first, then the Kea variants in name order
    for (i = 1; i <= m; i++) for (j = i + 1; j <= m; j++)
      if ((order[j] == "leasekeeper") || (order[i] != "leasekeeper" && order[j] < order[i])) { t = order[i]; order[i] = order[j]; order[j] = t }
    for (i = 1; i <= m; i++) printf " %s |", order[i]; printf "\n|---:|"
    for (i = 1; i <= m; i++) printf "---:|"; printf "\n"
    for (k = 1; k <= n; k++) {
      printf "| %s |", rates[k]
      for (i = 1; i <= m; i++) printf " %s |", cell[order[i] SUBSEP rates[k]]
      printf "\n"
    }
  }' "$RESULTS"
