#!/usr/bin/env bash
# Each young pause after FROM seconds of uptime (default 230, the rate's window in this run): uptime, pause,
# the workers' average Scan Heap Roots and Object Copy (ms), and the survivors' bytes by the age table.
set -euo pipefail
DIR=$(cd "$(dirname "$0")" && pwd)
FROM=${1:-230}
awk -v from="$FROM" '/Pause Young/ && substr($1, 2) + 0 >= from { match($0, /GC\([0-9]+\)/); print substr($0, RSTART, RLENGTH), substr($1, 2) + 0, $NF }' \
  "$DIR/run/gc.log" | while read -r gc uptime pause; do
  zcat -f "$DIR/gc-phases.log.gz" | grep -F "$gc " | awk -v gc="$gc" -v up="$uptime" -v pause="$pause" '
    /Scan Heap Roots \(ms\)/ { split($0, a, "Avg: *"); scan = a[2] + 0 }
    /Object Copy \(ms\)/ { split($0, a, "Avg: *"); copy = a[2] + 0 }
    /gc,age/ && / total$/ { surv = $(NF - 1) }
    END { printf "%s at %ss: pause %s, scan heap roots %.1f ms, object copy %.1f ms, survivors %.1f MB\n", gc, up, pause, scan, copy, surv / 1e6 }'
done
