#!/usr/bin/env bash
# Why the worker's drain beat the bulk-insert ceiling (1.15) in 20261127T104602Z: the ceiling's client is a
# fresh JVM, and its 10,000 untimed documents may not be enough for its JIT. On one warmed standalone,
# three cycles of: bulk insert after 10,000 untimed documents, bulk insert after 100,000, a drain; and the
# bulk insert with one writer after 100,000. Traffic to 127.0.0.1 only; stops only its own standalone, by PID.
set -euo pipefail
OUT=$(cd "$(dirname "$0")" && pwd)
source "$OUT/../../standalone.sh"
B="java -jar $BENCH_JAR"
standalone_start "$OUT"
standalone_warm "$OUT" 14 2 50000
for warm in 1 2; do
  $B drain --bootstrap-servers $STANDALONE_KAFKA --mongo-uri $STANDALONE_MONGO_URI --users 100 --delete-after \
    --count 100000 --out "$OUT/drain-warm-$warm.json" > /dev/null 2>&1
done
for cycle in 1 2 3; do
  for kind in w10k w100k w100k-1writer; do
    case $kind in
      w10k) extra="--warmup-count 10000" ;;
      w100k) extra="--warmup-count 100000" ;;
      w100k-1writer) extra="--warmup-count 100000 --writers 1" ;;
    esac
    $B bulk-insert --mongo-uri $STANDALONE_MONGO_URI --count 100000 $extra --out "$OUT/insert-$kind-$cycle.json" > /dev/null 2>&1
    echo "cycle $cycle insert $kind: $(jq '.metrics["insert.documentsPerSec"] | floor' "$OUT/insert-$kind-$cycle.json") docs/s" | tee -a "$OUT/summary.txt"
  done
  $B drain --bootstrap-servers $STANDALONE_KAFKA --mongo-uri $STANDALONE_MONGO_URI --users 100 --delete-after \
    --count 100000 --out "$OUT/drain-$cycle.json" > /dev/null 2>&1
  echo "cycle $cycle drain: $(jq '.metrics["drain.afterPublishPerSec"] | floor' "$OUT/drain-$cycle.json") msg/s" | tee -a "$OUT/summary.txt"
done
