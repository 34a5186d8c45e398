#!/usr/bin/env bash
# Allocation, then CPU profile of the standalone at 500 calls/s after four JIT passes (async-profiler 4.1,
# tools.profiler:async-profiler:4.1:jar:linux-x64 unzipped to $AP_HOME). Stops only its own standalone.
set -u
OUT=$(cd "$(dirname "$0")" && pwd); AP=${AP_HOME:-/tmp/ap}/linux-x64/libasyncProfiler.so
DATA=$(mktemp -d /tmp/inbox-prof-data.XXXXXX)
java -Xmx1g -XX:-ClassUnloadingWithConcurrentMark -Xlog:gc:file=$OUT/gc.log -jar standalone/target/inbox-standalone.jar --inbox.standalone.store=memory --inbox.standalone.data-dir=$DATA > $OUT/standalone.log 2>&1 &
PID=$!
trap 'kill $PID; sleep 5; rm -rf $DATA' EXIT
for _ in $(seq 1 240); do curl -sf -o /dev/null http://127.0.0.1:8080/actuator/health/readiness && break; sleep 1; done
L="java -XX:TieredStopAtLevel=1 -jar bench/target/inbox-bench.jar load --warmup-seconds 5 --url http://127.0.0.1:8080 --mongo-uri mongodb://127.0.0.1:27017/inbox --client netty --users 100 --repeat-share 0.05 --delete-after"
for p in 1 2 3 4; do $L --count 50000 --concurrency 64 --max-seconds 120 --out $OUT/pass-$p.json > /dev/null 2>&1; echo "pass $p $(jq '.metrics["intake.requestsPerSec"]|floor' $OUT/pass-$p.json)"; done
jcmd $PID JVMTI.agent_load $AP '"start,event=alloc,threads"' > /dev/null
$L --rate 500 --count 15000 --max-seconds 40 --concurrency 1024 --out $OUT/rate-alloc.json > /dev/null 2>&1
jcmd $PID JVMTI.agent_load $AP "\"stop,file=$OUT/alloc.collapsed,collapsed,total\"" > /dev/null
jq -c '.metrics' $OUT/rate-alloc.json
jcmd $PID JVMTI.agent_load $AP '"start,event=cpu,interval=2ms,threads"' > /dev/null
$L --rate 500 --count 15000 --max-seconds 40 --concurrency 1024 --out $OUT/rate-cpu.json > /dev/null 2>&1
jcmd $PID JVMTI.agent_load $AP "\"stop,file=$OUT/cpu.collapsed,collapsed\"" > /dev/null
jq -c '.metrics' $OUT/rate-cpu.json
echo done
