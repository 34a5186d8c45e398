#!/usr/bin/env bash
# What a young pause is made of at 1,900 calls/s: one steady standalone (bench/steady.sh, RATE=1900) with G1's
# phase times logged (-Xlog:gc+phases=debug) beside the usual GC log. JAR: the standalone jar built at the
# commit named in BENCHMARKS.md. Run from the repository's root.
set -euo pipefail
OUT=$(cd "$(dirname "$0")" && pwd)
STANDALONE_OPTS="-Xmx1g -XX:-ClassUnloadingWithConcurrentMark -Xlog:gc+phases=debug,gc+heap=debug:file=$OUT/gc-phases.log" \
  RATE=1900 COUNT=50000 MAX_PASSES=4 bash bench/steady.sh "$OUT/run" "$JAR"
# Then: gunzip -k gc-phases.log.gz; awk -f pauses.awk run/gc.log gc-phases.log | sort -n > pauses.txt
