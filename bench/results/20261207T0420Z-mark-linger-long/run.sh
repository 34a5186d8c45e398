#!/usr/bin/env bash
# The longer comparison session 18 asked for: acceptance marks held up to 5 ms for more marks
# (../20261207T0347Z-mark-linger/mark-linger.patch, inbox.intake.mark-linger=5ms) against main as it is,
# bench/compare.sh at 1,900 calls/s, three rounds of fresh standalones in alternation.
# MAIN_JAR: the standalone jar built at e25e379; LINGER_JAR: the same with the patch applied.
# Run from the repository's root.
set -euo pipefail
OUT=$(cd "$(dirname "$0")" && pwd)
A_NAME=main A_JAR=$MAIN_JAR B_NAME=linger-5ms B_JAR=$LINGER_JAR RATE=1900 COUNT=50000 ROUNDS=3 \
  bash bench/compare.sh "$OUT"
