#!/usr/bin/env bash
# The session-20 comparison again with the order of each round reversed (the patched build first), so that a
# drift of the machine's pace within a round favours neither side: Spring Security's filter chains without
# the observing decorator (no-security-observations.patch) against main, bench/compare.sh at 1,900 calls/s,
# three rounds of fresh standalones, the README's options on both sides. A_JAR: the build with the patch;
# B_JAR: main's standalone jar at the commit named in BENCHMARKS.md. Run from the repository's root.
set -euo pipefail
OUT=$(cd "$(dirname "$0")" && pwd)
A_NAME=no-security-observations B_NAME=main RATE=1900 COUNT=50000 ROUNDS=3 \
  bash bench/compare.sh "$OUT"
