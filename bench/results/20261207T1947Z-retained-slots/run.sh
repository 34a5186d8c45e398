#!/usr/bin/env bash
# What a stored call keeps on the heap, by class: one warmed standalone (README's options plus the survivors'
# ages logged), a class histogram (after a full collection) before and after 57,000 calls at 1,900 calls/s
# kept in the store (no --delete-after), the difference per call. Traffic to 127.0.0.1 only; stops only the
# standalone it started.
set -euo pipefail
OUT=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$OUT/../../.." && pwd)
source "$ROOT/bench/standalone.sh"
STANDALONE_OPTS="$README_STANDALONE_OPTS -Xlog:gc+age=trace:file=$OUT/logs/age.log"
mkdir -p "$OUT/logs"
standalone_start "$OUT/logs" "${JAR:-$ROOT/standalone/target/inbox-standalone.jar}"
standalone_warm "$OUT" 4 2 50000
jcmd "$PID" GC.class_histogram > "$OUT/logs/histo-before.txt"
java -XX:TieredStopAtLevel=1 -jar "$BENCH_JAR" load --warmup-seconds 5 --url "$STANDALONE_URL" \
  --mongo-uri "$STANDALONE_MONGO_URI" --client netty --users 100 --repeat-share 0.05 \
  --label load-half-rate --rate 1900 --count 57000 --max-seconds 40 --concurrency 1024 --out "$OUT/rate.json" > "$OUT/logs/rate.out" 2>&1
jcmd "$PID" GC.class_histogram > "$OUT/logs/histo-after.txt"
calls=$(jq '.metrics["intake.requests"]' "$OUT/rate.json")
awk -v calls="$calls" 'FNR == NR && $1 ~ /:$/ { n0[$4] = $2; b0[$4] = $3; next }
  $1 ~ /:$/ { dn = $2 - n0[$4]; db = $3 - b0[$4]; if (dn * dn > calls * calls / 100) printf "%8.2f %9.1f %s\n", dn / calls, db / calls, $4 }' \
  "$OUT/logs/histo-before.txt" "$OUT/logs/histo-after.txt" | sort -rn > "$OUT/retained-per-call.txt"
echo "calls $calls" >> "$OUT/summary.txt"
