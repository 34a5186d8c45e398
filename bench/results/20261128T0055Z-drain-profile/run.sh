#!/usr/bin/env bash
# CPU and allocation profiles of the worker's drain of 100,000 events, at session 16's build (bench/profile.sh).
set -euo pipefail
OUT=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$OUT/../../.." && pwd)
PHASE=drain bash "$ROOT/bench/profile.sh" "$OUT" "${JAR:-$ROOT/standalone/target/inbox-standalone.jar}"
