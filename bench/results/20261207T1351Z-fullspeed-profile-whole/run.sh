#!/usr/bin/env bash
# The full-speed CPU profile of 20261207T1304Z-fullspeed-profile again, on the build whose merchant answers go
# out whole with a Content-Length (../20261207T1323Z-whole-answers/whole-answers.patch): where the request
# threads' socket writes went. bench/profile.sh, 90,000 calls at full speed, by thread, on one standalone with
# the README's options. Optional argument: the standalone jar. Run from the repository's root.
set -euo pipefail
OUT=$(cd "$(dirname "$0")" && pwd)
PHASE=full COUNT=90000 EVENTS=cpu MAX_PASSES=6 bash bench/profile.sh "$OUT" "${1:-}"
