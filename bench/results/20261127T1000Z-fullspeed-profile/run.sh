#!/usr/bin/env bash
# CPU profile, by thread, of the standalone at full speed (64 in flight) once its JIT has settled (passes as
# steady.sh runs them, until C2 used at most 2 s in one): where the request threads' time goes.
# async-profiler 4.1 (tools.profiler:async-profiler:4.1:jar:linux-x64 unzipped to $AP_HOME). Run from the
# repository's root or anywhere; stops only its own standalone, by PID.
set -u
OUT=$(cd "$(dirname "$0")" && pwd); AP=${AP_HOME:-/tmp/ap}/linux-x64/libasyncProfiler.so
cd "$OUT/../../.."
source bench/c2-ticks.sh
DATA=$(mktemp -d /tmp/inbox-prof-data.XXXXXX)
java -Xmx1g -XX:-ClassUnloadingWithConcurrentMark -Xlog:gc:file=$OUT/gc.log -jar standalone/target/inbox-standalone.jar --inbox.standalone.store=memory --inbox.standalone.data-dir=$DATA > $OUT/standalone.log 2>&1 &
PID=$!
trap 'kill $PID; sleep 5; rm -rf $DATA' EXIT
for _ in $(seq 1 240); do curl -sf -o /dev/null http://127.0.0.1:8080/actuator/health/readiness && break; sleep 1; done
L="java -XX:TieredStopAtLevel=1 -jar bench/target/inbox-bench.jar load --warmup-seconds 5 --url http://127.0.0.1:8080 --mongo-uri mongodb://127.0.0.1:27017/inbox --client netty --users 100 --repeat-share 0.05 --delete-after --concurrency 64 --max-seconds 120"
for p in $(seq 1 14); do
  before=$(c2_ticks $PID)
  $L --count 50000 --out $OUT/pass-$p.json > /dev/null 2>&1
  used=$((($(c2_ticks $PID) - before) / 100))
  echo "pass $p: $(jq '.metrics["intake.requestsPerSec"] | floor' $OUT/pass-$p.json) calls/s, C2 ${used} s" | tee -a $OUT/summary.txt
  ((used <= 2)) && break
done
jcmd $PID JVMTI.agent_load $AP '"start,event=cpu,interval=2ms,threads"' > /dev/null
$L --count 50000 --out $OUT/profiled.json > /dev/null 2>&1
jcmd $PID JVMTI.agent_load $AP "\"stop,file=$OUT/cpu.collapsed,collapsed\"" > /dev/null
echo "profiled: $(jq '.metrics["intake.requestsPerSec"] | floor' $OUT/profiled.json) calls/s" | tee -a $OUT/summary.txt
gzip -9 $OUT/cpu.collapsed
