#!/usr/bin/env bash
# The worker's drain with its backlog published in one transaction (the worker reads committed records
# only, so it sees the whole backlog at the commit) beside the old way (published plainly, the worker
# starting while it is still being published), and the bulk-insert ceiling, on one warmed standalone:
# three cycles, the two drains' order swapped each cycle. Traffic to 127.0.0.1 only; stops only its own
# standalone, by PID.
set -euo pipefail
OUT=$(cd "$(dirname "$0")" && pwd)
source "$OUT/../../standalone.sh"
B="java -jar $BENCH_JAR"
drain() {
  $B drain --bootstrap-servers $STANDALONE_KAFKA --mongo-uri $STANDALONE_MONGO_URI --users 100 --delete-after "$@" \
    > /dev/null 2>&1 || echo "drain $*: storage check FAILED" | tee -a "$OUT/summary.txt"
}
report_drain() {
  echo "cycle $1 $2: $(jq -r '.metrics | "\(.["drain.afterPublishPerSec"] // 0 | floor) msg/s after publish over \(.["drain.storedAfterPublish"] | floor) msgs in \(.["drain.afterPublishSeconds"] // 0) s; publish \(.["drain.publishPerSec"] | floor)/s; from first publish \(.["drain.messagesPerSec"] | floor)/s"' "$3")" \
    | tee -a "$OUT/summary.txt"
}
standalone_start "$OUT"
standalone_warm "$OUT" 14 2 50000
for warm in 1 2; do drain --count 20000 --out "$OUT/drain-warm-$warm.json"; done
for cycle in 1 2 3; do
  if ((cycle % 2)); then order="plain transaction"; else order="transaction plain"; fi
  for kind in $order; do
    if [[ $kind == plain ]]; then extra=--no-transaction; else extra=--transaction; fi
    drain --count 100000 $extra --out "$OUT/drain-$kind-$cycle.json"
    report_drain "$cycle" "$kind" "$OUT/drain-$kind-$cycle.json"
  done
  $B bulk-insert --mongo-uri $STANDALONE_MONGO_URI --count 100000 --warmup-count 10000 --out "$OUT/insert-$cycle.json" > /dev/null 2>&1
  echo "cycle $cycle insert: $(jq '.metrics["insert.documentsPerSec"] | floor' "$OUT/insert-$cycle.json") docs/s" | tee -a "$OUT/summary.txt"
done
