#!/usr/bin/env bash
# Allocation profile of the compact build at 750/s (after JIT passes). Stops only its own standalone.
set -u
cd /tmp/wt
OUT=/tmp/s8-alloc; AP=/tmp/ap/linux-x64/libasyncProfiler.so
DATA=$(mktemp -d /tmp/inbox-alloc-data.XXXXXX)
java -Xmx1g -XX:-ClassUnloadingWithConcurrentMark -Xlog:gc:file=$OUT/gc.log -jar standalone/target/inbox-standalone.jar --inbox.standalone.store=memory --inbox.standalone.data-dir=$DATA > $OUT/standalone.log 2>&1 &
PID=$!
trap 'kill $PID; sleep 5; rm -rf $DATA' EXIT
for _ in $(seq 1 240); do curl -sf -o /dev/null -H 'Authorization: Bearer dev-admin-token' http://127.0.0.1:8080/admin/v1/templates/TP_5800000001xxxx && break; sleep 1; done
L="java -XX:TieredStopAtLevel=1 -jar bench/target/inbox-bench.jar load --warmup-seconds 5 --url http://127.0.0.1:8080 --mongo-uri mongodb://127.0.0.1:27017/inbox --client netty --users 100 --repeat-share 0.05 --delete-after"
for p in 1 2 3 4 5; do $L --count 50000 --concurrency 64 --max-seconds 120 --out $OUT/pass-$p.json > /dev/null 2>&1; echo "pass $p $(jq '.metrics["intake.requestsPerSec"]|floor' $OUT/pass-$p.json)"; done
jcmd $PID JVMTI.agent_load $AP '"start,event=alloc,threads"' > /dev/null
$L --rate 750 --count 22500 --max-seconds 40 --concurrency 1024 --out $OUT/rate.json > /dev/null 2>&1
jcmd $PID JVMTI.agent_load $AP '"stop,file=/tmp/s8-alloc/alloc.collapsed,collapsed,total"' > /dev/null
jq -c '.metrics' $OUT/rate.json
echo done
