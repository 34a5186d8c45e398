#!/usr/bin/env bash
# G1 (the README's collector) against the Parallel collector, side by side: the same standalone jar at session 16's
# build, two fresh standalones each in alternation, 500 calls/s (bench/compare.sh).
set -euo pipefail
OUT=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$OUT/../../.." && pwd)
A_NAME=g1 A_JAR=${JAR:-$ROOT/standalone/target/inbox-standalone.jar} \
B_NAME=parallel B_JAR=${JAR:-$ROOT/standalone/target/inbox-standalone.jar} \
B_OPTS="-Xmx1g -XX:+UseParallelGC" \
  bash "$ROOT/bench/compare.sh" "$OUT"
