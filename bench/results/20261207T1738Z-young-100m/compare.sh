#!/usr/bin/env bash
# Two builds or settings of the standalone side by side: bench/steady.sh on fresh standalones, A then B,
# ROUNDS times, then the medians of each side. This machine's pace drifts by a factor of two within a day,
# so only runs made in alternation like this compare; the standalone's CPU per call at a fixed rate moves
# least with the pace. Builds nothing; traffic to 127.0.0.1 only; each steady.sh stops its own standalone.
#
# Usage: bench/compare.sh OUT_DIR
# Settings (environment), for each side X in A and B: X_NAME (a, b), X_JAR (the built standalone jar),
# X_ARGS (more standalone arguments), X_OPTS (JVM options, standalone.sh's default when unset), X_JAVA (the
# standalone's JVM, `java` when unset); ROUNDS=2; and steady.sh's, with shorter defaults for this
# machine: RATE=500 COUNT=30000 MAX_PASSES=4
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
OUT=${1:?usage: bench/compare.sh OUT_DIR}
A_NAME=${A_NAME:-a} B_NAME=${B_NAME:-b} ROUNDS=${ROUNDS:-2}
export RATE=${RATE:-500} COUNT=${COUNT:-30000} MAX_PASSES=${MAX_PASSES:-4}
JAR=$ROOT/standalone/target/inbox-standalone.jar

for round in $(seq 1 "$ROUNDS"); do
  for side in A B; do
    name_var=${side}_NAME jar_var=${side}_JAR args_var=${side}_ARGS opts_var=${side}_OPTS java_var=${side}_JAVA
    run="$OUT/${!name_var}-$round"
    echo "== $run" >&2
    if [[ -n ${!opts_var:-} ]]; then export STANDALONE_OPTS=${!opts_var}; else unset STANDALONE_OPTS; fi
    STANDALONE_ARGS=${!args_var:-} STANDALONE_JAVA=${!java_var:-java} bash "$ROOT/bench/steady.sh" "$run" "${!jar_var:-$JAR}"
  done
done

# One line per side: the medians over its runs of each figure steady.sh prints.
median() { sort -n | awk '{ v[NR] = $1 } END { if (NR) printf "%g", (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; else printf "n/a" }'; }
for name in "$A_NAME" "$B_NAME"; do
  # The runs are NAME-ROUND: a side whose name starts with the other's (a, a-more) keeps to its own.
  summaries=("$OUT/$name"-[0-9]*/summary.txt)
  figure() { grep -h "$1" "${summaries[@]}" | sed -nE "s|.*$2.*|\\1|p" | median; }
  printf '%s (%d runs): full speed %s calls/s; at the rate: p99 %s ms, accept-to-store p99 %s ms, CPU %s us per call\n' \
    "$name" "${#summaries[@]}" \
    "$(figure '^full ' 'full [0-9]+: ([0-9]+) calls/s')" \
    "$(figure '^rate ' 'p99 ([0-9]+) ms;.*server-side')" \
    "$(figure '^rate ' 'accept-to-store p50 [0-9]+ ms, p99 ([0-9]+) ms')" \
    "$(figure '^rate ' 'CPU ([0-9]+) us per call')"
done | tee "$OUT/compare.txt"
