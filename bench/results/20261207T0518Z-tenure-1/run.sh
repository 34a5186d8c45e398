#!/usr/bin/env bash
# Survivors tenured after one young pause (-XX:MaxTenuringThreshold=1) against G1's default (up to fifteen), both
# with the fixed young generation of ../20261207T0457Z-young-fixed/ (-Xmn200m): bench/compare.sh at 1,900 calls/s, the same jar, two rounds of fresh
# standalones in alternation. JAR: the standalone jar built at the commit named in BENCHMARKS.md. Run from
# the repository's root.
set -euo pipefail
OUT=$(cd "$(dirname "$0")" && pwd)
A_NAME=xmn200m A_JAR=$JAR A_OPTS="-Xmx1g -Xmn200m -XX:-ClassUnloadingWithConcurrentMark" B_NAME=xmn200m-tenure-1 B_JAR=$JAR \
  B_OPTS="-Xmx1g -Xmn200m -XX:MaxTenuringThreshold=1 -XX:-ClassUnloadingWithConcurrentMark" RATE=1900 COUNT=50000 ROUNDS=2 \
  bash bench/compare.sh "$OUT"
