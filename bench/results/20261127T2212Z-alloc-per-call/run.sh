#!/usr/bin/env bash
# Bytes allocated per call at 500 calls/s, two standalone jars in alternation: async-profiler 4.1's allocation
# profile (tools.profiler:async-profiler:4.1:jar:linux-x64 unzipped to $AP_HOME) over a 30 s run after three
# full-speed warm-up passes. Bytes per call, unlike time per call, do not move with this machine's pace.
# Usage (from the repository root): run.sh BEFORE_JAR AFTER_JAR. Stops only the standalones it started.
set -euo pipefail
OUT=$(cd "$(dirname "$0")" && pwd); AP=${AP_HOME:-/tmp/ap}/linux-x64/libasyncProfiler.so
BEFORE=${1:?before jar} AFTER=${2:?after jar} CALLS=15000
source bench/standalone.sh
for round in 1 2; do
  for side in before after; do
    jar=$BEFORE; [[ $side == after ]] && jar=$AFTER
    run=$OUT/$side-$round
    standalone_start "$run" "$jar"
    standalone_warm "$run" 3 0 30000
    jcmd "$PID" JVMTI.agent_load "$AP" '"start,event=alloc,threads"' > /dev/null
    standalone_load --rate 500 --count $CALLS --max-seconds 40 --concurrency 1024 --out "$run/rate.json"
    jcmd "$PID" JVMTI.agent_load "$AP" "\"stop,file=$run/alloc.collapsed,collapsed,total\"" > /dev/null
    standalone_stop
    gzip -f "$run/alloc.collapsed" "$run/standalone.log"
    echo "$side-$round: $(python3 bench/results/20261127T2140Z-alloc-profile/threads.py "$run/alloc.collapsed.gz" $CALLS | head -1)" | tee -a "$OUT/summary.txt"
  done
done
