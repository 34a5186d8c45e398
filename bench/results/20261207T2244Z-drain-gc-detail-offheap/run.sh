#!/usr/bin/env bash
# What the young and mixed pauses of a drain are made of: one standalone (JAR) with the README's options and
# G1's detailed log (-Xlog:gc*), four warm drains of 100,000 messages, then three more. Run from the repository's root.
set -euo pipefail
OUT=$(cd "$(dirname "$0")" && pwd)
source bench/standalone.sh
STANDALONE_OPTS="$README_STANDALONE_OPTS -Xlog:gc*:file=$OUT/gc-detail.log"
standalone_start "$OUT/standalone" "$JAR"
for warm in 1 2 3 4; do standalone_drain 100000 "$OUT/warm-drain-$warm.json" > /dev/null; done
for i in 1 2 3; do
  echo "drain $i starts at $(date +%s.%N)" >> "$OUT/drain-times.txt"
  standalone_drain 100000 "$OUT/drain-$i.json" > /dev/null
  echo "drain $i ends at $(date +%s.%N): $(jq -c '.metrics | {afterPublishPerSec: .["drain.afterPublishPerSec"], afterPublishSeconds: .["drain.afterPublishSeconds"]}' "$OUT/drain-$i.json")" >> "$OUT/drain-times.txt"
done
echo "standalone started at $(ps -o lstart= -p "$PID")" >> "$OUT/drain-times.txt"
standalone_stop
gzip -9f "$OUT/gc-detail.log" "$OUT/standalone/standalone.log"
