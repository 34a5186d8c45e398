#!/usr/bin/env bash
# What a young pause is made of now: one standalone (Java 17, G1, the README's options) with G1's phase and
# age logs, three full-speed passes, then 500 calls/s for 60 s. pauses.sh lists each young pause of the
# rate's window with its two largest phases and the survivors it copied. Traffic to 127.0.0.1 only.
set -euo pipefail
export STANDALONE_OPTS="-Xmx1g -XX:-ClassUnloadingWithConcurrentMark -Xlog:gc+phases=debug,gc+age=trace,gc+heap=debug:file=$(cd "$(dirname "$0")" && pwd)/gc-phases.log"
source "$(cd "$(dirname "$0")/../.." && pwd)/standalone.sh"
OUT=$(cd "$(dirname "$0")" && pwd)/run
standalone_start $OUT
standalone_warm $OUT 3 2 30000
echo "rate start $(date +%s)" >> $OUT/summary.txt
standalone_load --rate 500 --count 30000 --max-seconds 70 --concurrency 1024 --out $OUT/rate.json
echo "rate end $(date +%s)" >> $OUT/summary.txt
standalone_stop
gzip "$(dirname "$OUT")/gc-phases.log"
