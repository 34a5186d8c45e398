#!/usr/bin/env bash
# Where a call's CPU and bytes go at full speed, all threads, at the commit named in BENCHMARKS.md (the last
# profile at full speed, session 11's 20261127T1000Z-fullspeed-profile, looked at the request threads only):
# bench/profile.sh, CPU then allocation profiles of 90,000 calls each at full speed, by thread, on one
# standalone with the README's options. Optional argument: the standalone jar.
# Run from the repository's root.
set -euo pipefail
OUT=$(cd "$(dirname "$0")" && pwd)
PHASE=full COUNT=90000 EVENTS="cpu alloc" MAX_PASSES=6 bash bench/profile.sh "$OUT" "${1:-}"
