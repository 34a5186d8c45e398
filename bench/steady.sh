#!/usr/bin/env bash
# One standalone build in its steady state, at a fixed rate: the protocol of BENCHMARKS.md's session 5
# before/after table. Starts the standalone (in-memory store, temp data dir, GC log), drives it at full
# speed pass after pass until its C2 compiler threads used at most C2_IDLE_SECONDS of CPU in a pass (at most
# MAX_PASSES), then two more full-speed runs and two runs at RATE calls/s, each half-rate run with the
# server-side intake histogram (Prometheus), the GC pauses of its window, acceptance-to-storage and the
# standalone's CPU per call. bench/compare.sh runs it for two builds or settings in alternation. Builds
# nothing; traffic to 127.0.0.1 only; stops only the standalone it started, by PID.
#
# Usage: bench/steady.sh OUT_DIR [STANDALONE_JAR]
# Settings (environment): RATE=750 COUNT=50000 MAX_PASSES=14 C2_IDLE_SECONDS=2, and standalone.sh's
# STANDALONE_OPTS and STANDALONE_JAVA
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
OUT=${1:?usage: bench/steady.sh OUT_DIR [STANDALONE_JAR]}
STANDALONE_JAR=${2:-$ROOT/standalone/target/inbox-standalone.jar}
RATE=${RATE:-750} COUNT=${COUNT:-50000} MAX_PASSES=${MAX_PASSES:-14} C2_IDLE_SECONDS=${C2_IDLE_SECONDS:-2}
BASE=http://127.0.0.1:8080

# standalone_start, standalone_load, standalone_warm; c2_ticks and process_ticks.
# shellcheck source=bench/standalone.sh
source "$ROOT/bench/standalone.sh"
sysconf_ticks=$(getconf CLK_TCK)

intake_buckets() {
  curl -s -H 'Authorization: Bearer dev-admin-token' "$BASE/actuator/prometheus" \
    | grep -E '^inbox_intake_requests_seconds_bucket.*resultCode="ACCEPT"' || true
}

# The smallest bucket bound holding a share of the calls between two snapshots, in ms.
server_quantile() {
  awk -v q="$3" 'NR == FNR { match($0, /le="[^"]+"/); before[substr($0, RSTART + 4, RLENGTH - 5)] = $NF; next }
    { match($0, /le="[^"]+"/); le = substr($0, RSTART + 4, RLENGTH - 5); n[++k] = le; d[le] = $NF - before[le] }
    END { total = d["+Inf"]; for (i = 1; i <= k; i++) if (n[i] != "+Inf" && d[n[i]] >= q * total) { printf "%.1f", n[i] * 1000; exit } }' "$1" "$2"
}

# Young GC pauses in the log's last SECONDS: count, median, max (ms).
gc_pauses() {
  awk -v window="$2" '/Pause/ && / [0-9.]+ms$/ { t[++n] = substr($1, 2) + 0; p = $NF; sub(/ms/, "", p); ms[n] = p }
    END { for (i = 1; i <= n; i++) if (t[i] >= t[n] - window) print ms[i] }' "$1" \
    | sort -n | awk '{ v[NR] = $1 } END { if (NR) printf "pauses %d, median %.1f ms, max %.1f ms", NR, v[int((NR + 1) / 2)], v[NR] }'
}

standalone_start "$OUT" "$STANDALONE_JAR"
standalone_warm "$OUT" "$MAX_PASSES" "$C2_IDLE_SECONDS" "$COUNT"
for run in 1 2; do
  standalone_load --count "$COUNT" --concurrency 64 --max-seconds 120 --out "$OUT/full-$run.json"
  echo "full $run: $(jq '.metrics["intake.requestsPerSec"] | floor' "$OUT/full-$run.json") calls/s" | tee -a "$OUT/summary.txt"
done
for run in 1 2; do
  intake_buckets > "$OUT/buckets-before-$run.txt"
  cpu_before=$(process_ticks "$PID") c2_before=$(c2_ticks "$PID")
  standalone_load --label load-half-rate --rate "$RATE" --count $((RATE * 30)) --max-seconds 40 --concurrency 1024 \
    --out "$OUT/rate-$run.json"
  intake_buckets > "$OUT/buckets-after-$run.txt"
  # The standalone's CPU per call at this fixed rate, compiler threads left out, from the run's start to
  # its end (so delivery and the load's cleanup are in it): less noisy than full speed to compare builds.
  cpu_ms=$(((($(process_ticks "$PID") - cpu_before) - ($(c2_ticks "$PID") - c2_before)) * 1000 / sysconf_ticks))
  echo "rate $run: $(jq -r '[.metrics["intake.requestsPerSec"], .metrics["intake.latency.p50Ms"], .metrics["intake.latency.p99Ms"]] | map(floor) | "\(.[0]) calls/s, p50 \(.[1]) ms, p99 \(.[2]) ms"' "$OUT/rate-$run.json");" \
    "server-side p99 <= $(server_quantile "$OUT/buckets-before-$run.txt" "$OUT/buckets-after-$run.txt" 0.99) ms;" \
    "$(gc_pauses "$OUT/gc.log" 40);" \
    "$(jq -r '[.metrics["delivery.acceptToStore.p50Ms"], .metrics["delivery.acceptToStore.p99Ms"]] | map(floor) | "accept-to-store p50 \(.[0]) ms, p99 \(.[1]) ms;"' "$OUT/rate-$run.json")" \
    "CPU $(awk -v ms="$cpu_ms" -v n="$(jq '.metrics["intake.requests"] // 0' "$OUT/rate-$run.json")" \
      'BEGIN { if (n > 0) printf "%.0f us per call", ms * 1000 / n; else printf "n/a" }')" \
    | tee -a "$OUT/summary.txt"
done
grep VmHWM "/proc/$PID/status" | tee -a "$OUT/summary.txt"
standalone_stop
gzip -9f "$OUT/standalone.log"
