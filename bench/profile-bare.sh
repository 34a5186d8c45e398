#!/usr/bin/env bash
# Profiles the bare-HTTP ceiling's server the way profile.sh profiles the standalone's full-speed phase, so
# that the two spend-per-call tables (bench/threads.py) sit side by side: starts the bench jar's bare-http
# server, warms it with full-speed passes until its C2 threads go quiet, then profiles one full-speed pass
# of COUNT calls (cpu, 2 ms samples, by thread) into OUT_DIR/cpu-full.collapsed.gz and writes
# OUT_DIR/per-thread.txt. Same client as run.sh's ceiling (netty, C1-only JVM, 64 connections). Builds
# nothing; traffic to 127.0.0.1 only; stops only the server it started, by PID.
#
# Usage: bench/profile-bare.sh OUT_DIR
# Settings (environment): COUNT=60000 MAX_PASSES=4 C2_IDLE_SECONDS=2 BARE_PORT=18080 BARE_OPTS=""
#   STANDALONE_JAVA=java (the server's JVM, as in run.sh) AP_HOME=/tmp/ap (async-profiler, as in profile.sh)
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
OUT=${1:?usage: bench/profile-bare.sh OUT_DIR}
COUNT=${COUNT:-60000} MAX_PASSES=${MAX_PASSES:-4} C2_IDLE_SECONDS=${C2_IDLE_SECONDS:-2}
BARE_PORT=${BARE_PORT:-18080} BARE_OPTS=${BARE_OPTS:-} STANDALONE_JAVA=${STANDALONE_JAVA:-java}
BENCH_JAR=$ROOT/bench/target/inbox-bench.jar
AGENT=${AP_HOME:-/tmp/ap}/linux-x64/libasyncProfiler.so
[[ -f $AGENT ]] || { echo "no async-profiler at $AGENT (set AP_HOME)" >&2; exit 1; }
if ss -Hltn "sport = :$BARE_PORT" | grep -q .; then echo "port $BARE_PORT is in use" >&2; exit 1; fi

# c2_ticks, process_ticks.
# shellcheck source=bench/c2-ticks.sh
source "$ROOT/bench/c2-ticks.sh"

mkdir -p "$OUT"
PID=''
stop_server() {
  if [[ -n $PID ]] && kill -0 "$PID" 2> /dev/null; then
    kill "$PID"
    for _ in $(seq 1 30); do kill -0 "$PID" 2> /dev/null || break; sleep 1; done
  fi
  return 0
}
trap stop_server EXIT

# shellcheck disable=SC2086
"$STANDALONE_JAVA" $BARE_OPTS -jar "$BENCH_JAR" bare-http --port "$BARE_PORT" --max-minutes 30 > "$OUT/bare-http.log" 2>&1 &
PID=$!
for _ in $(seq 1 60); do
  curl -s -o /dev/null -X POST -H 'Content-Type: application/json' -d '{}' \
    "http://127.0.0.1:$BARE_PORT/v2/messages/sendInbox" && break
  kill -0 "$PID" 2> /dev/null || { echo "the bare-HTTP server stopped; see $OUT/bare-http.log" >&2; exit 1; }
  sleep 1
done

bare_load() {
  java -XX:TieredStopAtLevel=1 -jar "$BENCH_JAR" load --warmup-seconds 5 --url "http://127.0.0.1:$BARE_PORT" \
    --intake-only --label bare-http --client netty --users 100 --concurrency 64 --max-seconds 120 \
    --count "$COUNT" --out "$1" > /dev/null 2>&1
}

for pass in $(seq 1 "$MAX_PASSES"); do
  before=$(c2_ticks "$PID")
  bare_load "$OUT/pass-$pass.json"
  used=$((($(c2_ticks "$PID") - before) / 100))
  echo "pass $pass: $(jq '.metrics["intake.requestsPerSec"] | floor' "$OUT/pass-$pass.json") calls/s, C2 ${used} s" \
    | tee -a "$OUT/summary.txt"
  ((used <= C2_IDLE_SECONDS)) && break
done

cpu_before=$(process_ticks "$PID")
jcmd "$PID" JVMTI.agent_load "$AGENT" '"start,event=cpu,interval=2ms,threads"' > /dev/null
bare_load "$OUT/cpu-full.json"
jcmd "$PID" JVMTI.agent_load "$AGENT" "\"stop,file=$OUT/cpu-full.collapsed,collapsed\"" > /dev/null
gzip -9f "$OUT/cpu-full.collapsed"
echo "cpu: bare-HTTP server CPU $(((($(process_ticks "$PID") - cpu_before) * 1000) / $(getconf CLK_TCK))) ms;" \
  "$(jq -c '.metrics' "$OUT/cpu-full.json")" | tee -a "$OUT/summary.txt"
python3 "$ROOT/bench/threads.py" "$OUT/cpu-full.collapsed.gz" "$OUT/cpu-full.json" 2000 14 > "$OUT/per-thread.txt"
stop_server
gzip -9f "$OUT/bare-http.log"
