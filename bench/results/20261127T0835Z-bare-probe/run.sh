#!/usr/bin/env bash
# Is the machine slower than in the 06:56 run? The bare-HTTP ceiling alone, six passes of 100,000 calls as
# run.sh's JIT passes drive it, to set beside that run's warmup/bare-http-jit-*.json. 127.0.0.1 only; stops
# only its own server, by PID.
set -u
OUT=$(cd "$(dirname "$0")" && pwd)
cd "$OUT/../../.."
java -jar bench/target/inbox-bench.jar bare-http --port 18080 --max-minutes 20 > $OUT/bare-http.log 2>&1 &
PID=$!
trap 'kill $PID' EXIT
for _ in $(seq 1 60); do curl -s -o /dev/null -X POST -H 'Content-Type: application/json' -d '{}' http://127.0.0.1:18080/v2/messages/sendInbox && break; sleep 1; done
for pass in 1 2 3 4 5 6; do
  java -XX:TieredStopAtLevel=1 -jar bench/target/inbox-bench.jar load --warmup-seconds 5 --url http://127.0.0.1:18080 --intake-only \
    --label bare-http --client netty --count 100000 --concurrency 64 --users 100 --out $OUT/bare-$pass.json > /dev/null 2>&1
  echo "pass $pass: $(jq '.metrics["intake.requestsPerSec"] | floor' $OUT/bare-$pass.json) calls/s" | tee -a $OUT/summary.txt
done
