#!/usr/bin/env bash
# The bytes a call allocates with and without Spring Security's observing decorator, at 1,900 calls/s:
# bench/profile.sh's allocation profile of 38,000 calls on one standalone of each build, one after the other.
# A_JAR: main's standalone jar at the commit named in BENCHMARKS.md; B_JAR: the same build with
# ../20261207T0702Z-no-security-observations/no-security-observations.patch. Run from the repository's root.
set -euo pipefail
OUT=$(cd "$(dirname "$0")" && pwd)
for side in main:"$A_JAR" no-security-observations:"$B_JAR"; do
  PHASE=rate RATE=1900 COUNT=38000 EVENTS=alloc bash bench/profile.sh "$OUT/${side%%:*}" "${side#*:}"
done
