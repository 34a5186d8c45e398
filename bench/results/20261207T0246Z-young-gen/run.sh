#!/usr/bin/env bash
# The half-rate p99 against the young generation's size: the README's options (G1 grows the heap, and with it
# the young generation, only as its pause-time share asks) against the same with -Xms1g (the whole heap from
# the start, so G1 may give the young generation up to 60 % of it: fewer pauses per call). bench/compare.sh at
# 1,900 calls/s, the half rate of bench/results/20261207T0233Z. Run from the repository's root.
set -euo pipefail
OUT=$(cd "$(dirname "$0")" && pwd)
A_NAME=default B_NAME=xms1g B_OPTS="-Xmx1g -Xms1g -XX:-ClassUnloadingWithConcurrentMark" RATE=1900 COUNT=50000 \
  bash bench/compare.sh "$OUT"
