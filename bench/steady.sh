#!/usr/bin/env bash
# One standalone build in its steady state, at a fixed rate: the protocol of BENCHMARKS.md's session 5
# before/after table. Starts the standalone (in-memory store, temp data dir, GC log), drives it at full
# speed pass after pass until its C2 compiler threads used at most C2_IDLE_SECONDS of CPU in a pass (at most
# MAX_PASSES), then two more full-speed runs and two runs at RATE calls/s, each half-rate run with the
# server-side intake histogram (Prometheus), the GC pauses of its window and the standalone's CPU per
# call. Builds nothing; traffic to 127.0.0.1 only; stops only the standalone it started, by PID.
#
# Usage: bench/steady.sh OUT_DIR [STANDALONE_JAR]
# Settings (environment): RATE=750 COUNT=50000 MAX_PASSES=14 C2_IDLE_SECONDS=2 STANDALONE_OPTS="-Xmx1g
# -XX:-ClassUnloadingWithConcurrentMark" (as the README starts it)
# STANDALONE_JAVA=java (the JVM that runs the standalone; the load generator always runs on `java`)
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
OUT=${1:?usage: bench/steady.sh OUT_DIR [STANDALONE_JAR]}
STANDALONE_JAR=${2:-$ROOT/standalone/target/inbox-standalone.jar}
BENCH_JAR=$ROOT/bench/target/inbox-bench.jar
RATE=${RATE:-750} COUNT=${COUNT:-50000} MAX_PASSES=${MAX_PASSES:-14} C2_IDLE_SECONDS=${C2_IDLE_SECONDS:-2}
STANDALONE_OPTS=${STANDALONE_OPTS:--Xmx1g -XX:-ClassUnloadingWithConcurrentMark} STANDALONE_JAVA=${STANDALONE_JAVA:-java}
BASE=http://127.0.0.1:8080
PID='' DATA_DIR=''

stop_started() {
  if [[ -n $PID ]] && kill -0 "$PID" 2> /dev/null; then
    kill "$PID"
    for _ in $(seq 1 30); do kill -0 "$PID" 2> /dev/null || break; sleep 1; done
  fi
  [[ -n $DATA_DIR ]] && rm -rf "$DATA_DIR"
  return 0
}
trap stop_started EXIT

load() {
  java -XX:TieredStopAtLevel=1 -jar "$BENCH_JAR" load --warmup-seconds 5 --url "$BASE" \
    --mongo-uri mongodb://127.0.0.1:27017/inbox --client netty --users 100 --repeat-share 0.05 --delete-after \
    "$@" > /dev/null 2>&1 || true
}

# c2_ticks PID, shared with run.sh.
# shellcheck source=bench/c2-ticks.sh
source "$ROOT/bench/c2-ticks.sh"
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

mkdir -p "$OUT"
for port in 8080 9092 27017; do
  if ss -Hltn "sport = :$port" | grep -q .; then echo "port $port is in use" >&2; exit 1; fi
done
DATA_DIR=$(mktemp -d /tmp/inbox-steady-data.XXXXXX)
# shellcheck disable=SC2086
"$STANDALONE_JAVA" $STANDALONE_OPTS -Xlog:gc:file="$OUT/gc.log" -jar "$STANDALONE_JAR" --inbox.standalone.store=memory \
  --inbox.standalone.data-dir="$DATA_DIR" > "$OUT/standalone.log" 2>&1 &
PID=$!
for _ in $(seq 1 240); do
  curl -sf -o /dev/null -H 'Authorization: Bearer dev-admin-token' "$BASE/admin/v1/templates/TP_5800000001xxxx" && break
  sleep 1
done

for pass in $(seq 1 "$MAX_PASSES"); do
  before=$(c2_ticks "$PID")
  load --count "$COUNT" --concurrency 64 --max-seconds 120 --out "$OUT/pass-$pass.json"
  used=$((($(c2_ticks "$PID") - before) / 100))
  echo "pass $pass: $(jq '.metrics["intake.requestsPerSec"] | floor' "$OUT/pass-$pass.json") calls/s, C2 ${used} s" \
    | tee -a "$OUT/summary.txt"
  ((used <= C2_IDLE_SECONDS)) && break
done
for run in 1 2; do
  load --count "$COUNT" --concurrency 64 --max-seconds 120 --out "$OUT/full-$run.json"
  echo "full $run: $(jq '.metrics["intake.requestsPerSec"] | floor' "$OUT/full-$run.json") calls/s" | tee -a "$OUT/summary.txt"
done
for run in 1 2; do
  intake_buckets > "$OUT/buckets-before-$run.txt"
  cpu_before=$(process_ticks "$PID") c2_before=$(c2_ticks "$PID")
  load --label load-half-rate --rate "$RATE" --count $((RATE * 30)) --max-seconds 40 --concurrency 1024 \
    --out "$OUT/rate-$run.json"
  intake_buckets > "$OUT/buckets-after-$run.txt"
  # The standalone's CPU per call at this fixed rate, compiler threads left out, from the run's start to
  # its end (so delivery and the load's cleanup are in it): less noisy than full speed to compare builds.
  cpu_ms=$(((($(process_ticks "$PID") - cpu_before) - ($(c2_ticks "$PID") - c2_before)) * 1000 / sysconf_ticks))
  echo "rate $run: $(jq -r '[.metrics["intake.requestsPerSec"], .metrics["intake.latency.p50Ms"], .metrics["intake.latency.p99Ms"]] | map(floor) | "\(.[0]) calls/s, p50 \(.[1]) ms, p99 \(.[2]) ms"' "$OUT/rate-$run.json");" \
    "server-side p99 <= $(server_quantile "$OUT/buckets-before-$run.txt" "$OUT/buckets-after-$run.txt" 0.99) ms;" \
    "$(gc_pauses "$OUT/gc.log" 40);" \
    "CPU $(awk -v ms="$cpu_ms" -v n="$(jq '.metrics["intake.requests"] // 0' "$OUT/rate-$run.json")" \
      'BEGIN { if (n > 0) printf "%.0f us per call", ms * 1000 / n; else printf "n/a" }')" \
    | tee -a "$OUT/summary.txt"
done
grep VmHWM "/proc/$PID/status" | tee -a "$OUT/summary.txt"
