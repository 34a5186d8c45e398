#!/usr/bin/env bash
# The memory store's encoded documents off the Java heap (DocumentArena), against them on the heap as
# byte arrays: alternating fresh standalones (bench/compare.sh), Java 17 with the README's G1 options,
# 500 calls/s. BEFORE_JAR is built from 7e03299, AFTER_JAR from 7e03299 with arena.patch applied (not kept).
# Traffic to 127.0.0.1 only.
set -euo pipefail
OUT=$(cd "$(dirname "$0")" && pwd)
A_NAME=on-heap A_JAR=${BEFORE_JAR:?the standalone jar without the arena} \
  B_NAME=off-heap B_JAR=${AFTER_JAR:?the standalone jar with the arena} bash "$OUT/../../compare.sh" "$OUT"
