#!/usr/bin/env bash
# Acceptance marks held up to 5 ms for more marks (inbox.intake.mark-linger, the new default) against written at
# once (mark-linger=0): the same jar, bench/compare.sh at 1,900 calls/s (session 18's half rate), two standalones
# each in alternation. JAR: the jar built at the change. Run from the repository's root.
set -euo pipefail
OUT=$(cd "$(dirname "$0")" && pwd)
A_NAME=linger-0 A_JAR=$JAR A_ARGS="--inbox.intake.mark-linger=0" B_NAME=linger-5ms B_JAR=$JAR RATE=1900 COUNT=50000 \
  bash bench/compare.sh "$OUT"
