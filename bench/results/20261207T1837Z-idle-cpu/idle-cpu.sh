#!/usr/bin/env bash
# What the standalone spends with no calls at all: CPU over IDLE_SECONDS, once fresh and once after one
# full-speed pass and its cleanup. Traffic to 127.0.0.1 only; stops only the standalone it started, by PID.
set -euo pipefail
ROOT=${ROOT:-/work/main}
OUT=${1:?}
IDLE_SECONDS=${IDLE_SECONDS:-30}
source "$ROOT/bench/standalone.sh"
hz=$(getconf CLK_TCK)
# Each thread's CPU ticks (user + system) with its name, one per line.
thread_ticks() {
  for stat in /proc/"$PID"/task/*/stat; do
    awk '{ line = $0; sub(/^[0-9]+ \(/, "", line); name = substr(line, 1, index(line, ") ") - 1); rest = substr(line, index(line, ") ") + 2);
      split(rest, f, " "); gsub(/[0-9]+/, "N", name); print name "\t" f[12] + f[13] }' "$stat" 2> /dev/null || true
  done
}
idle() {
  local before after
  sleep 5
  thread_ticks > "$OUT/threads-before-$2.tsv"
  before=$(process_ticks "$PID")
  sleep "$IDLE_SECONDS"
  after=$(process_ticks "$PID")
  thread_ticks > "$OUT/threads-after-$2.tsv"
  # CPU by thread name over the window (threads started or ended within it count what the after snapshot has).
  awk -F '\t' -v hz="$hz" 'NR == FNR { b[$1] += $2; next } { a[$1] += $2 } END { for (n in a) if (a[n] - b[n] > 0) printf "%8d ms  %s\n", (a[n] - b[n]) * 1000 / hz, n }' \
    "$OUT/threads-before-$2.tsv" "$OUT/threads-after-$2.tsv" | sort -rn > "$OUT/threads-$2.txt"
  echo "$1: $(((after - before) * 1000 / hz)) ms of CPU in $IDLE_SECONDS s idle, $(((after - before) * 100 / hz / IDLE_SECONDS)) % of a core; threads $(ls /proc/$PID/task | wc -l)" | tee -a "$OUT/summary.txt"
}
standalone_start "$OUT"
idle "fresh" fresh
standalone_warm "$OUT" "${WARM_PASSES:-4}" 2 50000
idle "after the warm passes" warmed
standalone_stop
gzip -9f "$OUT/standalone.log"
