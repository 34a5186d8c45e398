#!/usr/bin/env bash
# Does the worker's drain speed up from one drain to the next, as the JIT compiles its path? One standalone at
# session 16's build, four full-speed passes (bench/standalone.sh), then six drains of 100,000 events in a row,
# each with the C2 compiler threads' CPU during it. Traffic to 127.0.0.1 only; stops only its own standalone.
set -euo pipefail
OUT=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$OUT/../../.." && pwd)
source "$ROOT/bench/standalone.sh"
standalone_start "$OUT" "${JAR:-$ROOT/standalone/target/inbox-standalone.jar}"
standalone_warm "$OUT" 4 2 50000
for d in 1 2 3 4 5 6; do
  c2=$(c2_ticks "$PID") cpu=$(process_ticks "$PID")
  java -jar "$BENCH_JAR" drain --bootstrap-servers "$STANDALONE_KAFKA" --mongo-uri "$STANDALONE_MONGO_URI" \
    --count 100000 --users 100 --delete-after --out "$OUT/drain-$d.json" > /dev/null
  echo "drain $d: $(jq '.metrics["drain.afterPublishPerSec"] | floor' "$OUT/drain-$d.json") msgs/s after publish;" \
    "C2 $((($(c2_ticks "$PID") - c2) / 100)) s, standalone $((($(process_ticks "$PID") - cpu) / 100)) s of CPU" \
    | tee -a "$OUT/summary.txt"
done
standalone_stop
gzip -9f "$OUT/standalone.log"
