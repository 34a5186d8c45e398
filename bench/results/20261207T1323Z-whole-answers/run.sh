#!/usr/bin/env bash
# Merchant answers sent whole with a Content-Length (WholeAnswerFilter, whole-answers.patch) against the build
# before it, which answered chunked: bench/compare.sh at 1,900 calls/s, three rounds of fresh standalones in
# alternation, the README's options on both sides. A_JAR: the standalone jar before the change (its service is
# the same at 2cd6665 and 9b88e25); B_JAR: the jar at the commit that made it. Run from the repository's root.
set -euo pipefail
OUT=$(cd "$(dirname "$0")" && pwd)
A_NAME=chunked B_NAME=whole RATE=1900 COUNT=50000 ROUNDS=3 \
  bash bench/compare.sh "$OUT"
