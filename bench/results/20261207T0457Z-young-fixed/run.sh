#!/usr/bin/env bash
# A fixed young generation (-Xmn200m) against G1's own sizing, the README's options otherwise: bench/compare.sh
# at 1,900 calls/s, the same jar, two rounds of fresh standalones in alternation. JAR: the standalone jar built
# at the commit named in BENCHMARKS.md. Run from the repository's root.
set -euo pipefail
OUT=$(cd "$(dirname "$0")" && pwd)
A_NAME=g1-sized A_JAR=$JAR B_NAME=xmn200m B_JAR=$JAR \
  B_OPTS="-Xmx1g -Xmn200m -XX:-ClassUnloadingWithConcurrentMark" RATE=1900 COUNT=50000 ROUNDS=2 \
  bash bench/compare.sh "$OUT"
