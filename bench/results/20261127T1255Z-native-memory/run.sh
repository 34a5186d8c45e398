#!/usr/bin/env bash
# Where the standalone's resident memory goes beyond its heap: one standalone with Native Memory Tracking
# (summary), warmed by three full-speed passes, then three rounds of what run.sh's round does to memory (the
# bulk-insert ceiling with its 100,000 untimed documents, a 50,000-call full-speed load, a 100,000-event
# drain). After each step: VmRSS/VmHWM, the heap's committed size and NMT's summary. Traffic to 127.0.0.1
# only; stops only its own standalone, by PID.
set -euo pipefail
OUT=$(cd "$(dirname "$0")" && pwd)
source "$OUT/../../standalone.sh"
STANDALONE_OPTS="${STANDALONE_OPTS:--Xmx1g -XX:-ClassUnloadingWithConcurrentMark} -XX:NativeMemoryTracking=summary"
B="java -jar $BENCH_JAR"
snapshot() {
  {
    echo "== $1: $(grep -E 'VmHWM|VmRSS' /proc/$PID/status | tr -s ' \n' ' ')"
    jcmd "$PID" GC.heap_info | sed -n 2,3p
    jcmd "$PID" VM.native_memory summary | grep -E '^Total|^-  |committed=' | grep -E '^Total|^-' 
  } >> "$OUT/memory.txt"
  echo "$1: $(grep -E 'VmHWM|VmRSS' /proc/$PID/status | tr -s ' \n' ' ')" | tee -a "$OUT/summary.txt"
}
standalone_start "$OUT"
snapshot started
standalone_warm "$OUT" 3 0 50000
snapshot warmed
for round in 1 2 3; do
  $B bulk-insert --mongo-uri $STANDALONE_MONGO_URI --count 100000 --warmup-count 100000 --out "$OUT/insert-$round.json" > /dev/null 2>&1
  snapshot "round $round, after bulk insert"
  standalone_load --count 50000 --concurrency 64 --max-seconds 120 --out "$OUT/load-$round.json"
  snapshot "round $round, after load"
  $B drain --bootstrap-servers $STANDALONE_KAFKA --mongo-uri $STANDALONE_MONGO_URI --users 100 --delete-after \
    --count 100000 --out "$OUT/drain-$round.json" > /dev/null 2>&1 || echo "drain $round FAILED" | tee -a "$OUT/summary.txt"
  snapshot "round $round, after drain"
done
jcmd "$PID" VM.native_memory summary > "$OUT/nmt-final.txt"
standalone_stop
gzip -9 "$OUT/standalone.log"
