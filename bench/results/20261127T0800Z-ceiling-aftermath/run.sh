#!/usr/bin/env bash
# Why run.sh's measured load rounds ran slower than its last JIT pass: the same full-speed load, on one
# warmed standalone, right after nothing, after the bulk-insert ceiling, and after the Kafka-produce ceiling,
# three cycles alternating. GC log. Traffic to 127.0.0.1 only; stops only
# its own standalone, by PID.
set -u
OUT=$(cd "$(dirname "$0")" && pwd)
cd "$OUT/../../.."
source bench/c2-ticks.sh
DATA=$(mktemp -d /tmp/inbox-aftermath-data.XXXXXX)
java -Xmx1g -XX:-ClassUnloadingWithConcurrentMark -Xlog:gc:file=$OUT/gc.log -jar standalone/target/inbox-standalone.jar \
  --inbox.standalone.store=memory --inbox.standalone.data-dir=$DATA > $OUT/standalone.log 2>&1 &
PID=$!
trap 'kill $PID; sleep 5; rm -rf $DATA' EXIT
for _ in $(seq 1 240); do curl -sf -o /dev/null http://127.0.0.1:8080/actuator/health/readiness && break; sleep 1; done
B="java -jar bench/target/inbox-bench.jar"
load() {
  java -XX:TieredStopAtLevel=1 -jar bench/target/inbox-bench.jar load --warmup-seconds 5 --url http://127.0.0.1:8080 \
    --mongo-uri mongodb://127.0.0.1:27017/inbox --client netty --users 100 --repeat-share 0.05 --delete-after \
    --count 50000 --concurrency 64 --max-seconds 120 --out "$1" > /dev/null 2>&1
}
for pass in $(seq 1 14); do
  before=$(c2_ticks $PID)
  load $OUT/jit-$pass.json
  used=$((($(c2_ticks $PID) - before) / 100))
  echo "jit $pass: $(jq '.metrics["intake.requestsPerSec"] | floor' $OUT/jit-$pass.json) calls/s, C2 ${used} s" | tee -a $OUT/summary.txt
  ((used <= 2)) && break
done
for cycle in 1 2 3; do
  for step in plain bulk plain2 kafka; do
    case $step in
      bulk) $B bulk-insert --mongo-uri mongodb://127.0.0.1:27017/inbox --count 100000 --warmup-count 10000 > /dev/null 2>&1 ;;
      kafka) $B kafka-produce --bootstrap-servers 127.0.0.1:9092 --count 200000 > /dev/null 2>&1 ;;
    esac
    load $OUT/$step-$cycle.json
    echo "cycle $cycle $step: $(jq -r '.metrics | "\(.["intake.requestsPerSec"] | floor) calls/s, p50 \(.["intake.latency.p50Ms"]) ms"' $OUT/$step-$cycle.json)" \
      | tee -a $OUT/summary.txt
  done
done
