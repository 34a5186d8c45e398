#!/usr/bin/env bash
# Two builds or settings of the standalone side by side on the worker's drain: fresh standalones, A then B,
# ROUNDS times; each is warmed with WARM_DRAINS drains, then runs DRAINS times the bulk-insert ceiling (the
# store alone, written by the load generator) followed by a drain (a backlog published straight to the worker's
# topic in one transaction, timed from the commit to the last storage). Then the medians of each side: drain,
# ceiling, and the ratio of the two. Builds nothing; traffic to 127.0.0.1 only; stops only its own standalones.
#
# Usage: bench/drain-compare.sh OUT_DIR
# Settings (environment), for each side X in A and B: X_NAME (a, b), X_JAR (the built standalone jar), X_OPTS
# (JVM options, standalone.sh's default when unset), X_ARGS (more standalone arguments); ROUNDS=2 WARM_DRAINS=4
# DRAINS=3 COUNT=100000
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
OUT=${1:?usage: bench/drain-compare.sh OUT_DIR}
A_NAME=${A_NAME:-a} B_NAME=${B_NAME:-b} ROUNDS=${ROUNDS:-2} WARM_DRAINS=${WARM_DRAINS:-4} DRAINS=${DRAINS:-3}
COUNT=${COUNT:-100000}
mkdir -p "$OUT"

# standalone_start, standalone_drain, standalone_stop; BENCH_JAR, STANDALONE_MONGO_URI.
# shellcheck source=bench/standalone.sh
source "$ROOT/bench/standalone.sh"
DEFAULT_OPTS=$STANDALONE_OPTS

for round in $(seq 1 "$ROUNDS"); do
  for side in A B; do
    name_var=${side}_NAME jar_var=${side}_JAR opts_var=${side}_OPTS args_var=${side}_ARGS
    name=${!name_var} run="$OUT/${!name_var}-$round"
    STANDALONE_OPTS=${!opts_var:-$DEFAULT_OPTS} STANDALONE_ARGS=${!args_var:-}
    echo "== $run" >&2
    standalone_start "$run" "${!jar_var:-$ROOT/standalone/target/inbox-standalone.jar}"
    for warm in $(seq 1 "$WARM_DRAINS"); do standalone_drain "$COUNT" "$run/warm-drain-$warm.json" > /dev/null; done
    for i in $(seq 1 "$DRAINS"); do
      java -jar "$BENCH_JAR" bulk-insert --mongo-uri "$STANDALONE_MONGO_URI" --count "$COUNT" --warmup-count "$COUNT" \
        --out "$run/bulk-insert-$i.json" > /dev/null
      standalone_drain "$COUNT" "$run/drain-$i.json" > /dev/null
      echo "$name $round $i: drain $(jq '.metrics["drain.afterPublishPerSec"] | floor' "$run/drain-$i.json")" \
        "bulk insert $(jq '.metrics["insert.documentsPerSec"] | floor' "$run/bulk-insert-$i.json")" | tee -a "$OUT/drains.txt"
    done
    echo "$name $round: $(grep VmHWM "/proc/$PID/status")" | tee -a "$OUT/drains.txt"
    standalone_stop
    gzip -9f "$run/standalone.log"
  done
done

# One line per side: the medians over its drains, and the median of each drain's ratio to the ceiling just before it.
median() { sort -n | awk '{ v[NR] = $1 } END { if (NR) printf "%g", (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; else printf "n/a" }'; }
for name in "$A_NAME" "$B_NAME"; do
  lines=$(grep "^$name [0-9]* [0-9]*: drain" "$OUT/drains.txt")
  printf '%s (%d drains): drain %s msgs/s, bulk insert %s docs/s, drain / ceiling %s\n' "$name" "$(wc -l <<< "$lines")" \
    "$(awk '{ print $5 }' <<< "$lines" | median)" "$(awk '{ print $8 }' <<< "$lines" | median)" \
    "$(awk '{ printf "%.3f\n", $5 / $8 }' <<< "$lines" | median)"
done | tee "$OUT/compare.txt"
