#!/usr/bin/env bash
# Does a group of request writes cost one store round trip instead of two when the dedupe insert is an
# upsert that only inserts ($setOnInsert), so that inserts and acceptance marks are all updates, one update
# command per group? The build before (fbf11ee: batched fetches) against the build after (marks deferred
# up to 10 ms to ride along with the next inserts, and inserts as upserts), alternating fresh standalones,
# bench/steady.sh each with the shortened warm-up of 20261127T1315Z-steady-fetch-batching. Jars built with
# `mvn -o -q -DskipTests install` and copied to /tmp/jars. Traffic to 127.0.0.1 only; steady.sh stops its
# own standalone.
set -euo pipefail
OUT=$(cd "$(dirname "$0")" && pwd)
ROOT=$OUT/../../..
export MAX_PASSES=${MAX_PASSES:-4} COUNT=${COUNT:-30000} RATE=${RATE:-500}
for run in before-1 after-1 before-2 after-2; do
  if [[ $run == before-* ]]; then jar=/tmp/jars/fetch.jar; else jar=/tmp/jars/upsert.jar; fi
  bash "$ROOT/bench/steady.sh" "$OUT/$run" "$jar"
  for f in "$OUT/$run"/rate-*.json; do
    echo "$run $(basename "$f"): accept-to-store p50 $(jq '.metrics["delivery.acceptToStore.p50Ms"]' "$f") ms, p99 $(jq '.metrics["delivery.acceptToStore.p99Ms"]' "$f") ms" >> "$OUT/$run/summary.txt"
  done
  gzip -9 "$OUT/$run/standalone.log"
done
