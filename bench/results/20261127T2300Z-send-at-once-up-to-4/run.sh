#!/usr/bin/env bash
# A call made while at most 4 sendInbox calls are in flight has the producer send at once
# (inbox.intake.send-at-once-up-to=4, the default), against the producer's linger.ms for every call (0),
# side by side on the same jar: bench/compare.sh, 500 calls/s, two fresh standalones each in alternation.
# Run from the repository root.
set -euo pipefail
OUT=$(cd "$(dirname "$0")" && pwd)
A_NAME=linger-only B_NAME=at-once-up-to-4 \
  A_ARGS="--inbox.intake.send-at-once-up-to=0" \
  bench/compare.sh "$OUT" 2>&1 | tee "$OUT/compare.txt"
