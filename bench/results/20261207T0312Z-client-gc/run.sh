#!/usr/bin/env bash
# Is part of the half-rate p99 the load generator's own young pauses? One standalone (standalone.sh), full-speed
# passes until its C2 is quiet, then RUNS loads at RATE calls/s over 1,024 connections as run.sh's half-rate
# load, with the load generator's GC logged (client-gc-N.log) next to the standalone's (gc.log). Run from the
# repository's root; stops only its own standalone.
set -euo pipefail
OUT=$(cd "$(dirname "$0")" && pwd)
RATE=${RATE:-1900} RUNS=${RUNS:-3}
source bench/standalone.sh
standalone_start "$OUT"
standalone_warm "$OUT" 8 2 50000
for run in $(seq 1 "$RUNS"); do
  java -XX:TieredStopAtLevel=1 -Xlog:gc:file="$OUT/client-gc-$run.log" -jar "$BENCH_JAR" load --warmup-seconds 5 \
    --url "$STANDALONE_URL" --mongo-uri "$STANDALONE_MONGO_URI" --client netty --users 100 --repeat-share 0.05 \
    --delete-after --label load-half-rate --rate "$RATE" --count $((RATE * 30)) --max-seconds 40 --concurrency 1024 \
    --out "$OUT/rate-$run.json" > /dev/null 2>&1 || true
  echo "rate $run: $(jq -r '.metrics | "\(."intake.requestsPerSec" | floor) calls/s, p50 \(."intake.latency.p50Ms") ms, p99 \(."intake.latency.p99Ms") ms, p99.9 \(."intake.latency.p999Ms") ms"' "$OUT/rate-$run.json");" \
    "client young pauses: $(awk '/Pause Young/ { n++; p = $NF; sub(/ms/, "", p); s += p; if (p > m) m = p } END { printf "%d, %.1f ms in all, max %.1f ms", n, s, m }' "$OUT/client-gc-$run.log")" \
    | tee -a "$OUT/summary.txt"
done
standalone_stop
gzip -9f "$OUT/standalone.log"
