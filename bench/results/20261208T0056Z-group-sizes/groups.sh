#!/usr/bin/env bash
# Counts GroupedWrites' group writes at full speed: invocations of writeGroup (a writer thread's group) and
# writeNow (a call's own write), by async-profiler's method-call event with interval 1, per load.
set -euo pipefail
ROOT=/work/main
OUT=${1:?}
source "$ROOT/bench/standalone.sh"
AGENT=/tmp/ap/linux-x64/libasyncProfiler.so
standalone_start "$OUT" "${2:-/tmp/s25-main.jar}"
standalone_warm "$OUT" 4 2 50000
for method in writeGroup writeNow settleEach; do
  jcmd "$PID" JVMTI.agent_load "$AGENT" "\"start,event=com.wallet.inbox.app.intake.GroupedWrites.$method,interval=1\"" > /dev/null
  standalone_load --count 60000 --concurrency "${CONC:-64}" --max-seconds 120 --out "$OUT/load-$method.json"
  jcmd "$PID" JVMTI.agent_load "$AGENT" "\"stop,file=$OUT/$method.collapsed,collapsed\"" > /dev/null
  n=$(awk '{s+=$NF} END {print s+0}' "$OUT/$method.collapsed")
  calls=$(jq '.metrics["intake.requests"] + .details["warmup.calls"]' "$OUT/load-$method.json")
  echo "$method: $n invocations over $calls calls ($(jq '.metrics["intake.requestsPerSec"]|floor' "$OUT/load-$method.json") calls/s)" | tee -a "$OUT/summary.txt"
done
standalone_stop
