#!/usr/bin/env bash
# Does the fixed young generation (-Xmn200m) cost the worker's drain, or its bulk-insert ceiling? Fresh
# standalones in alternation, G1's own sizing then -Xmn200m, two rounds: each warmed with four drains of
# 100,000 messages (discarded), then three times the bulk-insert ceiling and a drain, as run.sh's rounds do.
# JAR: the standalone jar built at the commit named in BENCHMARKS.md. Run from the repository's root, then again
# with FIRST_ROUND=3 LAST_ROUND=4 (rounds 3 and 4 were run so, right after).
set -euo pipefail
OUT=$(cd "$(dirname "$0")" && pwd)
source bench/standalone.sh
for round in $(seq "${FIRST_ROUND:-1}" "${LAST_ROUND:-2}"); do
  for side in g1-sized xmn200m; do
    run=$OUT/$side-$round
    if [[ $side == xmn200m ]]; then STANDALONE_OPTS="-Xmx1g -Xmn200m -XX:-ClassUnloadingWithConcurrentMark"
    else STANDALONE_OPTS="-Xmx1g -XX:-ClassUnloadingWithConcurrentMark"; fi
    standalone_start "$run" "$JAR"
    for warm in 1 2 3 4; do standalone_drain 100000 "$run/warm-drain-$warm.json" > /dev/null; done
    for i in 1 2 3; do
      java -jar "$BENCH_JAR" bulk-insert --mongo-uri "$STANDALONE_MONGO_URI" --count 100000 --warmup-count 100000 \
        --out "$run/bulk-insert-$i.json" > /dev/null
      standalone_drain 100000 "$run/drain-$i.json" > /dev/null
      echo "$side-$round $i: drain $(jq '.metrics["drain.afterPublishPerSec"] | floor' "$run/drain-$i.json")," \
        "bulk insert $(jq '.metrics["insert.documentsPerSec"] | floor' "$run/bulk-insert-$i.json") docs/s" \
        | tee -a "$OUT/summary.txt"
    done
    grep VmHWM "/proc/$PID/status" | sed "s/^/$side-$round /" | tee -a "$OUT/summary.txt"
    standalone_stop
    gzip -9f "$run/standalone.log"
  done
done
