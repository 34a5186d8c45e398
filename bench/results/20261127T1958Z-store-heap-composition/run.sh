#!/usr/bin/env bash
# What the memory store keeps on the heap for each call, the objects a young pause copies until they are
# tenured: one standalone (the README's JVM options, memory store), two full-speed passes that delete their
# messages, then a class histogram (live objects, after a full GC), 30,000 calls that stay stored, and a
# second histogram. histogram-diff.txt is the difference by class, per stored call. Traffic to 127.0.0.1
# only; stops only the standalone it started.
set -euo pipefail
OUT=$(cd "$(dirname "$0")" && pwd)
source "$OUT/../../standalone.sh"
CALLS=30000
standalone_start "$OUT/run"
standalone_warm "$OUT/run" 2 0 30000
jcmd "$PID" GC.class_histogram > "$OUT/run/histogram-before.txt"
java -XX:TieredStopAtLevel=1 -jar "$BENCH_JAR" load --warmup-seconds 0 --url "$STANDALONE_URL" \
  --mongo-uri "$STANDALONE_MONGO_URI" --client netty --users 100 --repeat-share 0 --count $CALLS \
  --concurrency 64 --max-seconds 120 --out "$OUT/run/kept.json" > /dev/null 2>&1
jcmd "$PID" GC.class_histogram > "$OUT/run/histogram-after.txt"
standalone_stop
# Columns of a histogram row: rank, instances, bytes, class. Classes that grew by at least 1 byte per call.
awk -v calls=$CALLS 'NR == FNR { if ($1 ~ /^[0-9]+:$/) { n0[$4] = $2; b0[$4] = $3 }; next }
  $1 ~ /^[0-9]+:$/ { dn = $2 - n0[$4]; db = $3 - b0[$4]; total += db
    if (db >= calls) printf "%10.1f bytes %8.2f objects per call  %s\n", db / calls, dn / calls, $4 }
  END { printf "%10.1f bytes per call in all\n", total / calls }' \
  "$OUT/run/histogram-before.txt" "$OUT/run/histogram-after.txt" | sort -rn > "$OUT/histogram-diff.txt"
gzip -f "$OUT/run/histogram-before.txt" "$OUT/run/histogram-after.txt"
cat "$OUT/histogram-diff.txt"
