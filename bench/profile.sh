#!/usr/bin/env bash
# Profiles one standalone with async-profiler in one phase of its work, after its JIT has settled: the shared
# protocol of the profiles in BENCHMARKS.md from session 17 on (earlier sessions kept a script of their own in
# each results folder). Starts the standalone (standalone.sh: in-memory store, temp data dir, GC log), warms
# it with full-speed passes until its C2 threads go quiet, then for each event runs the phase once with the
# profiler attached, writing OUT_DIR/<event>-<phase>.collapsed.gz (collapsed stacks, by thread). Builds
# nothing; traffic to 127.0.0.1 only; stops only the standalone it started, by PID.
#
# Usage: bench/profile.sh OUT_DIR [STANDALONE_JAR]
# Settings (environment): PHASE=rate (rate: RATE calls/s for COUNT calls; full: COUNT calls at full speed;
#   drain: a backlog of DRAIN_COUNT events published to the worker's topic in one transaction, after one
#   unprofiled drain to warm the worker) EVENTS="cpu alloc" RATE=500 COUNT=15000 DRAIN_COUNT=100000
#   MAX_PASSES=4 C2_IDLE_SECONDS=2 AP_HOME=/tmp/ap (tools.profiler:async-profiler:4.1:jar:linux-x64 unzipped),
#   and standalone.sh's STANDALONE_OPTS, STANDALONE_JAVA, STANDALONE_ARGS
# Analysis: OUT_DIR/per-thread.txt (bench/threads.py: CPU per call by thread, written here), then
#   bench/frames.py OUT_DIR/cpu-rate.collapsed.gz THREAD_REGEX OUT_DIR/cpu-rate.json (time or bytes per call by
#   frame). Give them the run's JSON rather than its count: the load's warm-up calls are inside the profile too.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
OUT=${1:?usage: bench/profile.sh OUT_DIR [STANDALONE_JAR]}
STANDALONE_JAR=${2:-$ROOT/standalone/target/inbox-standalone.jar}
PHASE=${PHASE:-rate} EVENTS=${EVENTS:-cpu alloc} RATE=${RATE:-500} COUNT=${COUNT:-15000}
DRAIN_COUNT=${DRAIN_COUNT:-100000} MAX_PASSES=${MAX_PASSES:-4} C2_IDLE_SECONDS=${C2_IDLE_SECONDS:-2}
AGENT=${AP_HOME:-/tmp/ap}/linux-x64/libasyncProfiler.so
[[ -f $AGENT ]] || { echo "no async-profiler at $AGENT (set AP_HOME)" >&2; exit 1; }

# standalone_start, standalone_warm, standalone_load, standalone_drain; process_ticks.
# shellcheck source=bench/standalone.sh
source "$ROOT/bench/standalone.sh"

# The interval makes each CPU sample 2 ms (bench/frames.py's default unit); an allocation profile counts bytes.
profiler_start() {
  case $1 in
    cpu) jcmd "$PID" JVMTI.agent_load "$AGENT" '"start,event=cpu,interval=2ms,threads"' > /dev/null ;;
    alloc) jcmd "$PID" JVMTI.agent_load "$AGENT" '"start,event=alloc,threads"' > /dev/null ;;
    *) echo "unknown event $1" >&2; return 1 ;;
  esac
}

profiler_stop() {
  local file=$OUT/$1-$PHASE.collapsed option=''
  [[ $1 == alloc ]] && option=',total'
  jcmd "$PID" JVMTI.agent_load "$AGENT" "\"stop,file=$file,collapsed$option\"" > /dev/null
  gzip -9f "$file"
}

run_phase() {
  case $PHASE in
    rate) standalone_load --rate "$RATE" --count "$COUNT" --max-seconds $((COUNT / RATE + 10)) --concurrency 1024 \
      --out "$1" ;;
    full) standalone_load --count "$COUNT" --concurrency 64 --max-seconds 120 --out "$1" ;;
    drain) standalone_drain "$DRAIN_COUNT" "$1" > /dev/null ;;
    *) echo "unknown phase $PHASE" >&2; return 1 ;;
  esac
}

standalone_start "$OUT" "$STANDALONE_JAR"
standalone_warm "$OUT" "$MAX_PASSES" "$C2_IDLE_SECONDS" 50000
if [[ $PHASE == drain ]]; then
  standalone_drain "$DRAIN_COUNT" "$OUT/drain-warm-up.json" > /dev/null
fi
for event in $EVENTS; do
  cpu_before=$(process_ticks "$PID")
  profiler_start "$event"
  run_phase "$OUT/$event-$PHASE.json"
  profiler_stop "$event"
  echo "$event: standalone CPU $(((($(process_ticks "$PID") - cpu_before) * 1000) / $(getconf CLK_TCK))) ms;" \
    "$(jq -c '.metrics' "$OUT/$event-$PHASE.json")" | tee -a "$OUT/summary.txt"
  if [[ $event == cpu ]]; then
    python3 "$ROOT/bench/threads.py" "$OUT/cpu-$PHASE.collapsed.gz" "$OUT/cpu-$PHASE.json" 2000 20 > "$OUT/per-thread.txt"
  fi
done
grep VmHWM "/proc/$PID/status" | tee -a "$OUT/summary.txt"
standalone_stop
gzip -9f "$OUT/standalone.log"
