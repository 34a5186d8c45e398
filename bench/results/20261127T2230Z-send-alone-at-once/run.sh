#!/usr/bin/env bash
# A call publishing while no other does has the producer send at once (inbox.intake.send-alone-at-once),
# against the producer's linger.ms for every call, side by side on the same jar: bench/compare.sh, 500
# calls/s, two fresh standalones each in alternation. Run from the repository root.
set -euo pipefail
OUT=$(cd "$(dirname "$0")" && pwd)
A_NAME=linger-only B_NAME=alone-at-once \
  A_ARGS="--inbox.intake.send-alone-at-once=false" \
  bench/compare.sh "$OUT" 2>&1 | tee "$OUT/compare.txt"
