#!/usr/bin/env bash
# Where the bytes of a call go at 1,900 calls/s (session 18's half rate), the rate at which young pauses came
# every 1-1.4 s: bench/profile.sh, allocation and CPU profiles of 57,000 calls. Run from the repository's root.
set -euo pipefail
OUT=$(cd "$(dirname "$0")" && pwd)
PHASE=rate RATE=1900 COUNT=57000 EVENTS="alloc cpu" MAX_PASSES=6 bash bench/profile.sh "$OUT"
