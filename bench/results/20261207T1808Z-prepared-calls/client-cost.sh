#!/usr/bin/env bash
# The load generator's own cost at a fixed rate: one warmed standalone, then alternating half-rate loads with
# the client's JVM options A and B, and one profiled load (async-profiler on the client, CPU, by thread).
set -euo pipefail
ROOT=/work/main
OUT=${1:?}
RATE=${RATE:-1900} ROUNDS=${ROUNDS:-2}
A_OPTS=${A_OPTS:--XX:TieredStopAtLevel=1} B_OPTS=${B_OPTS:-}
source "$ROOT/bench/standalone.sh"
A_BENCH=${A_BENCH:-$BENCH_JAR} B_BENCH=${B_BENCH:-$BENCH_JAR}
AGENT=/tmp/ap/linux-x64/libasyncProfiler.so
sysconf_ticks=$(getconf CLK_TCK)
load() {
  local opts=$1 jar=$2; shift 2
  java $opts -jar "$jar" load --warmup-seconds 5 --url "$STANDALONE_URL" \
    --mongo-uri "$STANDALONE_MONGO_URI" --client netty --users 100 --repeat-share 0.05 --delete-after "$@" > /dev/null 2>&1 || true
}
standalone_start "$OUT"
standalone_warm "$OUT" 4 2 50000
if [[ ${PROFILE:-1} == 1 ]]; then
  load "$A_OPTS -agentpath:$AGENT=start,event=cpu,interval=1ms,threads,collapsed,file=$OUT/client-cpu.collapsed" "$A_BENCH" \
    --label load-half-rate --rate "$RATE" --count $((RATE * 30)) --max-seconds 40 --concurrency 1024 --out "$OUT/profiled.json"
  gzip -9f "$OUT/client-cpu.collapsed"
fi
for round in $(seq 1 "$ROUNDS"); do
  for side in A B; do
    opts_var=${side}_OPTS jar_var=${side}_BENCH
    cpu_before=$(process_ticks "$PID")
    load "${!opts_var}" "${!jar_var}" --label load-half-rate --rate "$RATE" --count $((RATE * 30)) --max-seconds 40 --concurrency 1024 \
      --out "$OUT/$side-$round.json"
    cpu_ms=$((($(process_ticks "$PID") - cpu_before) * 1000 / sysconf_ticks))
    echo "$side-$round (${!jar_var##*/}, ${!opts_var:-none}): $(jq -r '[.metrics["intake.latency.p50Ms"], .metrics["intake.latency.p99Ms"], .metrics["client.cpuMicrosPerCall"], .metrics["client.cpuPercent"]] | map(.*10|floor/10) | "p50 \(.[0]) ms, p99 \(.[1]) ms, client \(.[2]) us per call (\(.[3]) % of a core)"' "$OUT/$side-$round.json"), standalone $(awk -v ms="$cpu_ms" -v n="$(jq '.metrics["intake.requests"]' "$OUT/$side-$round.json")" 'BEGIN { printf "%.0f", ms * 1000 / n }') us per call" | tee -a "$OUT/summary.txt"
  done
done
standalone_stop
gzip -9f "$OUT/standalone.log"
