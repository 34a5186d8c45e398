#!/usr/bin/env bash
# Session 21: the same standalone jar without and with the native heap trimmed every 5 s, side by side at
# 1,900 calls/s (three fresh standalones a side, alternating). Run from the repository root after
# `mvn -o -q -DskipTests install`.
set -euo pipefail
cp standalone/target/inbox-standalone.jar /tmp/inbox-standalone-trim.jar
A_NAME=no-trim B_NAME=trim A_JAR=/tmp/inbox-standalone-trim.jar B_JAR=/tmp/inbox-standalone-trim.jar \
  A_OPTS="-Xmx1g -Xmn200m -XX:-ClassUnloadingWithConcurrentMark" \
  B_OPTS="-Xmx1g -Xmn200m -XX:-ClassUnloadingWithConcurrentMark -XX:TrimNativeHeapInterval=5000" \
  RATE=1900 COUNT=50000 ROUNDS=3 bash bench/compare.sh bench/results/20261207T1547Z-native-trim
