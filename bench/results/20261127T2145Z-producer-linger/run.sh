#!/usr/bin/env bash
# The producer's linger.ms at its default (5 ms in the Kafka 4 client) against 0, side by side on the same
# jar: bench/compare.sh, 500 calls/s, two fresh standalones each in alternation. Run from the repository root.
set -euo pipefail
OUT=$(cd "$(dirname "$0")" && pwd)
A_NAME=linger5 B_NAME=linger0 \
  B_OPTS="-Xmx1g -XX:-ClassUnloadingWithConcurrentMark -Dspring.kafka.producer.properties.linger.ms=0" \
  bench/compare.sh "$OUT" 2>&1 | tee "$OUT/compare.txt"
