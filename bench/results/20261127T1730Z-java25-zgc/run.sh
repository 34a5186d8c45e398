#!/usr/bin/env bash
# Do the half-rate p99's young pauses go away with Java 25's generational ZGC? The README's standalone
# (Java 17, G1, -Xmx1g) against the same jar on Temurin 25 with -XX:+UseZGC (generational: the default
# mode since JDK 23), alternating fresh standalones (bench/compare.sh). Java 17's ZGC is not generational
# and stalled with this heap (session 7). Traffic to 127.0.0.1 only.
set -euo pipefail
OUT=$(cd "$(dirname "$0")" && pwd)
A_NAME=java17-g1 B_NAME=java25-zgc B_JAVA=${JAVA25:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java} \
  B_OPTS="-Xmx1g -XX:+UseZGC" bash "$OUT/../../compare.sh" "$OUT"
