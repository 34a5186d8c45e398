#!/usr/bin/env bash
# CPU profile, by thread, of the standalone at a fixed 500 calls/s (session 13's build, batched fetches),
# after four full-speed warm-up passes: which thread groups and frames a call's CPU goes to now.
# async-profiler 4.1 (tools.profiler:async-profiler:4.1:jar:linux-x64 unzipped to $AP_HOME). Traffic to
# 127.0.0.1 only; stops only its own standalone, by PID.
set -euo pipefail
OUT=$(cd "$(dirname "$0")" && pwd); AP=${AP_HOME:-/tmp/ap}/linux-x64/libasyncProfiler.so
source "$OUT/../../standalone.sh"
standalone_start "$OUT"
standalone_warm "$OUT" 4 0 30000
jcmd "$PID" JVMTI.agent_load "$AP" '"start,event=cpu,interval=1ms,threads"' > /dev/null
standalone_load --label load-rate --rate 500 --count 15000 --max-seconds 40 --concurrency 1024 --out "$OUT/profiled.json"
jcmd "$PID" JVMTI.agent_load "$AP" "\"stop,file=$OUT/cpu.collapsed,collapsed\"" > /dev/null
echo "profiled: $(jq '.metrics["intake.requests"]' "$OUT/profiled.json") calls" | tee -a "$OUT/summary.txt"
standalone_stop
gzip -9 "$OUT/cpu.collapsed" "$OUT/standalone.log"
