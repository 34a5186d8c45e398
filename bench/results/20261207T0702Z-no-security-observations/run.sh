#!/usr/bin/env bash
# Spring Security's filter chains without the observing decorator (a SecurityObservationSettings.noObservations()
# bean, no-security-observations.patch) against main: bench/compare.sh at 1,900 calls/s, three rounds of fresh
# standalones in alternation, the README's options on both sides. A_JAR: main's standalone jar at the commit
# named in BENCHMARKS.md; B_JAR: the same build with the patch. Run from the repository's root.
set -euo pipefail
OUT=$(cd "$(dirname "$0")" && pwd)
A_NAME=main B_NAME=no-security-observations RATE=1900 COUNT=50000 ROUNDS=3 \
  bash bench/compare.sh "$OUT"
