#!/usr/bin/env bash
# The standalone's CPU per call at full speed and at fixed rates, on one warmed standalone, and the load
# generator's: how busy the two cores are at each pace. Each load's CPU is counted from its start to its end,
# its storage check and cleanup included (steady.sh's measure). Traffic to 127.0.0.1 only; stops only the
# standalone it started, by PID.
set -euo pipefail
ROOT=${ROOT:-/work/main}
OUT=${1:?}
RATES=${RATES:-0 1900 1000 0 1900 1000}
source "$ROOT/bench/standalone.sh"
sysconf_ticks=$(getconf CLK_TCK)
standalone_start "$OUT"
standalone_warm "$OUT" 4 2 50000
n=0
for rate in $RATES; do
  n=$((n + 1))
  if ((rate == 0)); then args=(--count 50000 --concurrency 64 --max-seconds 120); else args=(--label load-half-rate --rate "$rate" --count $((rate * 30)) --concurrency 1024 --max-seconds 40); fi
  cpu_before=$(process_ticks "$PID") c2_before=$(c2_ticks "$PID")
  # No warm-up phase: the standalone's CPU is counted over the whole run, so only measured calls may be in it.
  java -XX:TieredStopAtLevel=1 -jar "$BENCH_JAR" load --warmup-seconds 0 --url "$STANDALONE_URL" \
    --mongo-uri "$STANDALONE_MONGO_URI" --client netty --users 100 --repeat-share 0.05 --delete-after \
    "${args[@]}" --out "$OUT/load-$n-$rate.json" > /dev/null 2>&1 || true
  cpu_ms=$(((($(process_ticks "$PID") - cpu_before) - ($(c2_ticks "$PID") - c2_before)) * 1000 / sysconf_ticks))
  jq -r --arg rate "$rate" --arg cpu "$cpu_ms" '.metrics as $m | (($cpu | tonumber) * 1000 / $m["intake.requests"]) as $us
    | "rate \($rate): \($m["intake.requestsPerSec"] | floor) calls/s, p99 \($m["intake.latency.p99Ms"]) ms; standalone \($us | floor) us per call (C2 left out), \($us * $m["intake.requestsPerSec"] / 10000 | floor) % of a core at that pace; client \($m["client.cpuMicrosPerCall"] | floor) us per call, \($m["client.cpuPercent"] | floor) % of a core"' \
    "$OUT/load-$n-$rate.json" | tee -a "$OUT/summary.txt"
done
standalone_stop
gzip -9f "$OUT/standalone.log"
