#!/usr/bin/env bash
# Do the acceptance marks cost less when they ride along with the next dedupe insert instead of waking a
# writer for a store round trip of their own? The build before (fbf11ee: batched fetches) against the
# build after (marks deferred up to 10 ms; ../20261127T1405Z-steady-upsert-records/README.md has its code), alternating fresh standalones, bench/steady.sh each with the
# shortened warm-up of 20261127T1315Z-steady-fetch-batching. Jars built with `mvn -o -q -DskipTests install`
# at each commit and copied to /tmp/jars. Traffic to 127.0.0.1 only; steady.sh stops its own standalone.
set -euo pipefail
OUT=$(cd "$(dirname "$0")" && pwd)
ROOT=$OUT/../../..
export MAX_PASSES=${MAX_PASSES:-4} COUNT=${COUNT:-30000} RATE=${RATE:-500}
for run in before-1 after-1 before-2 after-2; do
  if [[ $run == before-* ]]; then jar=/tmp/jars/fetch.jar; else jar=/tmp/jars/marks.jar; fi
  bash "$ROOT/bench/steady.sh" "$OUT/$run" "$jar"
  for f in "$OUT/$run"/rate-*.json; do
    echo "$run $(basename "$f"): accept-to-store p50 $(jq '.metrics["delivery.acceptToStore.p50Ms"]' "$f") ms, p99 $(jq '.metrics["delivery.acceptToStore.p99Ms"]' "$f") ms" >> "$OUT/$run/summary.txt"
  done
  gzip -9 "$OUT/$run/standalone.log"
done
