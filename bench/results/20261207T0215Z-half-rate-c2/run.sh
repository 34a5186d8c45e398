#!/usr/bin/env bash
# Does the standalone's C2 still compile during the half-rate loads, after full-speed passes have left it
# idle? One standalone (standalone.sh), full-speed passes until C2 used at most 2 s in one (at most 10), then
# RUNS loads at RATE calls/s over 1,024 connections as run.sh's half-rate load, each with the C2 seconds and
# the young pauses of its window. Run from the repository's root; stops only its own standalone.
set -euo pipefail
OUT=$(cd "$(dirname "$0")" && pwd)
RATE=${RATE:-1000} RUNS=${RUNS:-4}
source bench/standalone.sh
standalone_start "$OUT"
standalone_warm "$OUT" 10 2 50000
for run in $(seq 1 "$RUNS"); do
  c2=$(c2_ticks "$PID") cpu=$(process_ticks "$PID") started=$(date +%s.%N)
  standalone_load --label load-half-rate --rate "$RATE" --count $((RATE * 30)) --max-seconds 40 --concurrency 1024 \
    --out "$OUT/rate-$run.json"
  c2=$(($(c2_ticks "$PID") - c2)) cpu=$(($(process_ticks "$PID") - cpu))
  pauses=$(awk '/Pause Young/ { n++; p = $NF; sub(/ms/, "", p); s = s " " p } END { print n, "pauses:" s }' "$OUT/gc.log")
  echo "rate $run: $(jq -r '.metrics | "\(."intake.requestsPerSec" | floor) calls/s, p50 \(."intake.latency.p50Ms") ms, p99 \(."intake.latency.p99Ms") ms, p99.9 \(."intake.latency.p999Ms") ms"' "$OUT/rate-$run.json");" \
    "C2 $((c2 / 100)).$((c2 % 100)) s, standalone CPU $((cpu / 100)) s" | tee -a "$OUT/summary.txt"
  cp "$OUT/gc.log" "$OUT/gc-after-$run.log"
done
grep VmHWM "/proc/$PID/status" | tee -a "$OUT/summary.txt"
standalone_stop
gzip -9f "$OUT/standalone.log"
