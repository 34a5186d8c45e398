#!/usr/bin/env bash
# Is it Java 25 or its collector? Session 14 measured Java 25 with generational ZGC below Java 17 with G1 at
# 500 calls/s (p99 18.5 against 26.5 ms), and run.sh then put ZGC's resident memory above 1.5 GiB. Here the
# same jar runs on Java 17 and on Temurin 25, both with the README's G1 options, alternating fresh
# standalones (bench/compare.sh). Traffic to 127.0.0.1 only.
set -euo pipefail
OUT=$(cd "$(dirname "$0")" && pwd)
A_NAME=java17-g1 B_NAME=java25-g1 B_JAVA=${JAVA25:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java} \
  bash "$OUT/../../compare.sh" "$OUT"
