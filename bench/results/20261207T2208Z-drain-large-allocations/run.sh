#!/usr/bin/env bash
# Who allocates outside the TLABs (the large arrays) while the worker drains: one standalone (JAR), two warm
# drains of 100,000 messages, then one drain recorded by JFR with outside-TLAB allocations and their stacks
# (outside-tlab.jfc). Run from the repository's root.
set -euo pipefail
OUT=$(cd "$(dirname "$0")" && pwd)
source bench/standalone.sh
standalone_start "$OUT/standalone" "$JAR"
for warm in 1 2; do standalone_drain 100000 "$OUT/warm-drain-$warm.json" > /dev/null; done
jcmd "$PID" JFR.start name=large settings="$OUT/outside-tlab.jfc" > /dev/null
standalone_drain 100000 "$OUT/drain.json" > /dev/null
jcmd "$PID" JFR.dump name=large filename="$OUT/logs-drain.jfr" > /dev/null
standalone_stop
mkdir -p "$OUT/logs" && mv "$OUT/logs-drain.jfr" "$OUT/logs/"
jfr print --json --events jdk.ObjectAllocationOutsideTLAB "$OUT/logs/logs-drain.jfr" > "$OUT/logs/logs-outside-tlab.json"
# outside-tlab-by-site.txt: the JSON summed by thread, class and the six innermost frames (python, see the session-24 notes)
