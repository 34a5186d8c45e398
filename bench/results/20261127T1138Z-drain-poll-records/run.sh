#!/usr/bin/env bash
# Does the worker drain faster with bigger batches? inbox.delivery.max-poll-records 500 (the default) against
# 2000, alternating, each on a fresh standalone warmed by four 100,000-event drains; then three cycles of a
# 100,000-event drain (in one transaction) and the bulk-insert ceiling (two writers, after 100,000 untimed
# documents). Traffic to 127.0.0.1 only; stops only its own standalones, by PID.
set -euo pipefail
OUT=$(cd "$(dirname "$0")" && pwd)
source "$OUT/../../standalone.sh"
B="java -jar $BENCH_JAR"
drain() {
  $B drain --bootstrap-servers $STANDALONE_KAFKA --mongo-uri $STANDALONE_MONGO_URI --users 100 --delete-after \
    --count 100000 --out "$1" > /dev/null 2>&1 || echo "drain $1: storage check FAILED" | tee -a "$OUT/summary.txt"
}
for instance in 500-a 2000-a 500-b 2000-b; do
  dir=$OUT/$instance
  STANDALONE_ARGS="--inbox.delivery.max-poll-records=${instance%-*}"
  standalone_start "$dir"
  for warm in 1 2 3 4; do drain "$dir/drain-warm-$warm.json"; done
  for cycle in 1 2 3; do
    drain "$dir/drain-$cycle.json"
    $B bulk-insert --mongo-uri $STANDALONE_MONGO_URI --count 100000 --warmup-count 100000 --out "$dir/insert-$cycle.json" > /dev/null 2>&1
    echo "$instance cycle $cycle: drain $(jq '.metrics["drain.afterPublishPerSec"] | floor' "$dir/drain-$cycle.json") msg/s, insert $(jq '.metrics["insert.documentsPerSec"] | floor' "$dir/insert-$cycle.json") docs/s" \
      | tee -a "$OUT/summary.txt"
  done
  standalone_stop
  gzip -9 "$dir/standalone.log"
done
