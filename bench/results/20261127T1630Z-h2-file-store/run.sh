#!/usr/bin/env bash
# What the H2 file store's whole-command commits cost (e29ee82): the README's standalone, on its default
# file store, before (ddcf259: the MVStore's background thread and auto-commit, commits shared without a
# lock, worker batches of 500) and after (commits under an exclusive lock, no MVStore writes of its own,
# batches of 2,000), alternating fresh standalones on fresh data directories. Each: one warm-up pass at full
# speed, a second one measured, then 30 s at 300 calls/s. Traffic to 127.0.0.1 only; stops only the
# standalone it started, by PID.
#
# Usage: run.sh OLD_JAR NEW_JAR. This session's: OLD_JAR from `git worktree add /tmp/old-h2 ddcf259` and
# `mvn -o -q -DskipTests package` there; NEW_JAR the standalone jar built at e29ee82.
set -euo pipefail
OUT=$(cd "$(dirname "$0")" && pwd)
ROOT=$OUT/../../..
BENCH_JAR=$ROOT/bench/target/inbox-bench.jar
declare -A JARS=([before]=${1:?old jar} [after]=${2:?new jar})
PID='' DATA_DIR=''
stop() { [[ -n $PID ]] && kill "$PID" 2> /dev/null && while kill -0 "$PID" 2> /dev/null; do sleep 1; done; rm -rf "$DATA_DIR"; PID=''; }
trap stop EXIT
load() {
  java -XX:TieredStopAtLevel=1 -jar "$BENCH_JAR" load --warmup-seconds 5 --url http://127.0.0.1:8080 \
    --mongo-uri mongodb://127.0.0.1:27017/inbox --client netty --users 100 --repeat-share 0.05 "$@" > /dev/null 2>&1 || true
}
for run in before-1 after-1 before-2 after-2; do
  mkdir -p "$OUT/$run"
  DATA_DIR=$(mktemp -d /tmp/inbox-h2-bench.XXXXXX)
  java -Xmx1g -XX:-ClassUnloadingWithConcurrentMark -jar "${JARS[${run%-*}]}" --inbox.standalone.data-dir="$DATA_DIR" \
    > "$OUT/$run/standalone.log" 2>&1 &
  PID=$!
  until curl -sf -o /dev/null -H 'Authorization: Bearer dev-admin-token' \
    http://127.0.0.1:8080/admin/v1/templates/TP_5800000001xxxx; do kill -0 "$PID"; sleep 1; done
  load --count 20000 --concurrency 64 --max-seconds 120 --out "$OUT/$run/warm.json"
  load --count 20000 --concurrency 64 --max-seconds 120 --out "$OUT/$run/full.json"
  load --label rate --rate 300 --count 9000 --max-seconds 40 --concurrency 256 --out "$OUT/$run/rate.json"
  du -k "$DATA_DIR" | tail -1 | awk '{ print "data dir: " $1 " kB" }' > "$OUT/$run/summary.txt"
  for f in full rate; do
    jq -r --arg f "$f" '"\($f): \(.metrics["intake.requestsPerSec"] | floor) calls/s, p50 \(.metrics["intake.latency.p50Ms"]) ms, p99 \(.metrics["intake.latency.p99Ms"]) ms; accept-to-store p99 \(.metrics["delivery.acceptToStore.p99Ms"]) ms; missing \(.details["delivery.missing"])"' \
      "$OUT/$run/$f.json" >> "$OUT/$run/summary.txt"
  done
  stop
  gzip -9f "$OUT/$run/standalone.log"
  sed "s/^/$run /" "$OUT/$run/summary.txt"
done | tee "$OUT/summary.txt"
