#!/usr/bin/env bash
# Does the intake cost less per call with one request writer instead of two? At 500 calls/s a call's
# dedupe insert is mostly written by its own thread (the store is idle when it comes), so the writers
# mostly write acceptance marks, each alone and each waking a writer (session 13's profile). One writer
# that is busy lets more marks queue behind it, into one bulk write. The default (2) against 1,
# alternating fresh standalones (bench/compare.sh). Traffic to 127.0.0.1 only.
set -euo pipefail
OUT=$(cd "$(dirname "$0")" && pwd)
A_NAME=writers-2 B_NAME=writers-1 B_ARGS="--inbox.intake.dedupe-writers=1" \
  bash "$OUT/../../compare.sh" "$OUT"
