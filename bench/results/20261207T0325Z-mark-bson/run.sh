#!/usr/bin/env bash
# Bytes per call of the acceptance mark built as BSON values, the jar before and after in alternation: each one
# standalone of bench/profile.sh (allocation profile of 30,000 calls at 1,900 calls/s after at most four JIT
# passes), summed per call by group of threads. BEFORE_JAR and AFTER_JAR: the two builds' standalone jars.
# Run from the repository's root.
set -euo pipefail
OUT=$(cd "$(dirname "$0")" && pwd)
for round in 1 2; do
  for side in before after; do
    jar_var=${side^^}_JAR
    PHASE=rate RATE=1900 COUNT=30000 EVENTS=alloc MAX_PASSES=4 bash bench/profile.sh "$OUT/$side-$round" "${!jar_var}" > /dev/null
    zcat "$OUT/$side-$round/alloc-rate.collapsed.gz" | awk -v calls=30000 -v name="$side $round" '
      { t = $1; n = $NF; total += n }
      t ~ /^\[inbox-request-writer/ { writers += n }
      t ~ /^\[mongo-server-worker/ { store += n }
      t ~ /^\[http-nio-8080-exec/ { tomcat += n }
      END { printf "%s: all %.0f B per call, request writers %.0f, store %.0f, Tomcat %.0f\n", name, total / calls, writers / calls, store / calls, tomcat / calls }' \
      | tee -a "$OUT/summary.txt"
  done
done
