#!/usr/bin/env bash
# The memory store's document chunks off the heap (direct buffers) against on the heap, for the worker's drain:
# fresh standalones in alternation, two rounds; each warmed with four drains of 100,000 messages, then three
# times the bulk-insert ceiling and a drain (the protocol of ../20261207T0623Z-young-300m/). A_JAR: 7a8dc61's
# standalone; B_JAR: the same with DocumentSlots' chunks as direct buffers. Run from the repository's root.
set -euo pipefail
OUT=$(cd "$(dirname "$0")" && pwd)
source bench/standalone.sh
for round in 1 2; do
  for side in heap offheap; do
    if [[ $side == heap ]]; then jar=$A_JAR; else jar=$B_JAR; fi
    run=$OUT/drain/$side-$round
    standalone_start "$run" "$jar"
    for warm in 1 2 3 4; do standalone_drain 100000 "$run/warm-drain-$warm.json" > /dev/null; done
    for i in 1 2 3; do
      java -jar "$BENCH_JAR" bulk-insert --mongo-uri "$STANDALONE_MONGO_URI" --count 100000 --warmup-count 100000 \
        --out "$run/bulk-insert-$i.json" > /dev/null
      standalone_drain 100000 "$run/drain-$i.json" > /dev/null
      echo "$side-$round $i: drain $(jq '.metrics["drain.afterPublishPerSec"] | floor' "$run/drain-$i.json")," \
        "bulk insert $(jq '.metrics["insert.documentsPerSec"] | floor' "$run/bulk-insert-$i.json") docs/s" \
        | tee -a "$OUT/drain-summary.txt"
    done
    echo "$side-$round $(grep VmHWM /proc/$PID/status)" | tee -a "$OUT/drain-summary.txt"
    standalone_stop
    gzip -9f "$run/standalone.log"
  done
done
