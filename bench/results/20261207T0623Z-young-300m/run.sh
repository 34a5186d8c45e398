#!/usr/bin/env bash
# A fixed young generation of 300 MB against session 19's 200 MB, for the half-rate p99 and the worker's drain:
# bench/compare.sh at 1,900 calls/s (one round: a fresh standalone each), then fresh standalones in alternation
# for the drain (two rounds; each warmed with four drains of 100,000 messages, then three times the bulk-insert
# ceiling and a drain, as ../20261207T0601Z-drain-young/ did). JAR: the standalone jar built at e25e379.
# Run from the repository's root.
set -euo pipefail
OUT=$(cd "$(dirname "$0")" && pwd)
A_NAME=xmn200m A_JAR=$JAR A_OPTS="-Xmx1g -Xmn200m -XX:-ClassUnloadingWithConcurrentMark" B_NAME=xmn300m B_JAR=$JAR \
  B_OPTS="-Xmx1g -Xmn300m -XX:-ClassUnloadingWithConcurrentMark" RATE=1900 COUNT=50000 ROUNDS=1 \
  bash bench/compare.sh "$OUT/p99" > "$OUT/p99-compare.txt"
source bench/standalone.sh
for round in 1 2; do
  for young in 200m 300m; do
    run=$OUT/drain/xmn$young-$round
    STANDALONE_OPTS="-Xmx1g -Xmn$young -XX:-ClassUnloadingWithConcurrentMark"
    standalone_start "$run" "$JAR"
    for warm in 1 2 3 4; do standalone_drain 100000 "$run/warm-drain-$warm.json" > /dev/null; done
    for i in 1 2 3; do
      java -jar "$BENCH_JAR" bulk-insert --mongo-uri "$STANDALONE_MONGO_URI" --count 100000 --warmup-count 100000 \
        --out "$run/bulk-insert-$i.json" > /dev/null
      standalone_drain 100000 "$run/drain-$i.json" > /dev/null
      echo "xmn$young-$round $i: drain $(jq '.metrics["drain.afterPublishPerSec"] | floor' "$run/drain-$i.json")," \
        "bulk insert $(jq '.metrics["insert.documentsPerSec"] | floor' "$run/bulk-insert-$i.json") docs/s" \
        | tee -a "$OUT/drain-summary.txt"
    done
    standalone_stop
    gzip -9f "$run/standalone.log"
  done
done
