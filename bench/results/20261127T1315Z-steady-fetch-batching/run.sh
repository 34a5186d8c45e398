#!/usr/bin/env bash
# Do the worker's consumers cost less per call when the broker holds each fetch until it has some data?
# Kafka's defaults (fetch.min.bytes=1: every produce completes the waiting fetches, so each poll brings a
# few records) against fetch.min.bytes=32768 with fetch.max.wait.ms=100 (a fetch waits for 32 KB, about 50
# events, or 100 ms), alternating fresh standalones, bench/steady.sh each (shortened warm-up for this
# slow machine). Traffic to 127.0.0.1 only; steady.sh stops its own standalone by PID.
set -euo pipefail
OUT=$(cd "$(dirname "$0")" && pwd)
ROOT=$OUT/../../..
BATCHED="--spring.kafka.consumer.properties.fetch.min.bytes=32768 --spring.kafka.consumer.properties.fetch.max.wait.ms=100"
export MAX_PASSES=${MAX_PASSES:-4} COUNT=${COUNT:-30000} RATE=${RATE:-500}
for run in default-1 batched-1 default-2 batched-2; do
  if [[ $run == batched-* ]]; then export STANDALONE_ARGS=$BATCHED; else export STANDALONE_ARGS=""; fi
  bash "$ROOT/bench/steady.sh" "$OUT/$run"
  for f in "$OUT/$run"/rate-*.json; do
    echo "$run $(basename "$f"): accept-to-store p50 $(jq '.metrics["delivery.acceptToStore.p50Ms"]' "$f") ms, p99 $(jq '.metrics["delivery.acceptToStore.p99Ms"]' "$f") ms" >> "$OUT/$run/summary.txt"
  done
  gzip -9 "$OUT/$run/standalone.log"
done
