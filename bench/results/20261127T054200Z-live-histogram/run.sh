#!/usr/bin/env bash
# What stays in the heap per call: jmap -histo:live before and after 20,000 calls at 750/s on a standalone
# warmed by 5,000 calls (in-memory store, no --delete-after). Stops only its own standalone. diff.py sums it.
set -u
HERE=$(cd "$(dirname "$0")" && pwd)
# OUT= another directory for the outputs, JAR= another standalone build (defaults: this directory, the built jar).
OUT=$(mkdir -p "${OUT:-$HERE}" && cd "${OUT:-$HERE}" && pwd)
JAR=$(realpath "${JAR:-$HERE/../../../standalone/target/inbox-standalone.jar}")
cd "$HERE/../../.."
DATA=$(mktemp -d /tmp/inbox-histo-data.XXXXXX)
java -Xmx1g -XX:-ClassUnloadingWithConcurrentMark -jar $JAR --inbox.standalone.store=memory --inbox.standalone.data-dir=$DATA > $OUT/standalone.log 2>&1 &
PID=$!
trap 'kill $PID; sleep 5; rm -rf $DATA' EXIT
for _ in $(seq 1 240); do curl -sf -o /dev/null http://127.0.0.1:8080/actuator/health/readiness && break; sleep 1; done
L="java -XX:TieredStopAtLevel=1 -jar bench/target/inbox-bench.jar load --warmup-seconds 5 --url http://127.0.0.1:8080 --mongo-uri mongodb://127.0.0.1:27017/inbox --client netty --users 100 --repeat-share 0.05"
$L --count 5000 --concurrency 64 --max-seconds 60 --out $OUT/w.json > /dev/null 2>&1
jmap -histo:live $PID > $OUT/h1.txt
$L --rate 750 --count 20000 --max-seconds 40 --concurrency 1024 --out $OUT/r.json > /dev/null 2>&1
jmap -histo:live $PID > $OUT/h2.txt
jq -c '.metrics' $OUT/r.json
