#!/usr/bin/env bash
# Why one standalone instance runs the intake at twice another's pace (same build, same commands): for each of
# INSTANCES fresh standalones, warm it as steady.sh does, then two full-speed runs with the CPU each thread
# group used per call (from /proc) and the machine's idle share during the run. Traffic to 127.0.0.1 only;
# stops only its own standalones, by PID. JAR= another standalone build, TAG= a prefix for its files.
set -u
OUT=$(cd "$(dirname "$0")" && pwd)
cd "$OUT/../../.."
source bench/c2-ticks.sh
INSTANCES=${INSTANCES:-2}
JAR=${JAR:-standalone/target/inbox-standalone.jar} TAG=${TAG:-}
PID='' DATA=''
trap '[[ -n $PID ]] && kill $PID; sleep 5; rm -rf $DATA' EXIT
load() {
  java -XX:TieredStopAtLevel=1 -jar bench/target/inbox-bench.jar load --warmup-seconds 5 --url http://127.0.0.1:8080 \
    --mongo-uri mongodb://127.0.0.1:27017/inbox --client netty --users 100 --repeat-share 0.05 --delete-after \
    --count 50000 --concurrency 64 --max-seconds 120 --out "$1" > /dev/null 2>&1
}
# Thread name (digits folded to #) and utime+stime ticks, one line per thread.
threads() {
  for f in /proc/$PID/task/*/stat; do cat "$f" 2> /dev/null; done \
    | awk -F ') ' '{ name = substr($1, index($1, "(") + 1); gsub(/[0-9]+/, "#", name); split($2, f, " "); print name "\t" f[12] + f[13] }'
}
idle() { awk '/^cpu / { print $5 + $6 }' /proc/stat; }
for instance in $(seq 1 "$INSTANCES"); do
  DATA=$(mktemp -d /tmp/inbox-variance-data.XXXXXX)
  java -Xmx1g -XX:-ClassUnloadingWithConcurrentMark -Xlog:gc:file=$OUT/gc-$TAG$instance.log -jar $JAR \
    --inbox.standalone.store=memory --inbox.standalone.data-dir=$DATA > $OUT/standalone-$TAG$instance.log 2>&1 &
  PID=$!
  for _ in $(seq 1 240); do curl -sf -o /dev/null http://127.0.0.1:8080/actuator/health/readiness && break; sleep 1; done
  for pass in $(seq 1 14); do
    before=$(c2_ticks $PID)
    load $OUT/jit-$TAG$instance-$pass.json
    used=$((($(c2_ticks $PID) - before) / 100))
    echo "instance $TAG$instance jit $pass: $(jq '.metrics["intake.requestsPerSec"] | floor' $OUT/jit-$TAG$instance-$pass.json) calls/s, C2 ${used} s" | tee -a $OUT/summary.txt
    ((used <= 2)) && break
  done
  for run in 1 2; do
    threads > $OUT/threads-before.tsv; idle_before=$(idle); started=$(date +%s%N)
    load $OUT/full-$TAG$instance-$run.json
    threads > $OUT/threads-after.tsv; idle_after=$(idle); ended=$(date +%s%N)
    n=$(jq '.metrics["intake.requests"] // 0' $OUT/full-$TAG$instance-$run.json)
    # Ticks are 1/100 s; CPU per call in microseconds, by thread group.
    awk -F '\t' -v n="$n" 'NR == FNR { b[$1] += $2; next } { a[$1] += $2 } END { for (k in a) { d = a[k] - b[k]; t += d; if (d > 0) printf "%8.0f us  %s\n", d * 10000 / n, k } printf "%8.0f us  TOTAL\n", t * 10000 / n }' \
      $OUT/threads-before.tsv $OUT/threads-after.tsv | sort -rn > $OUT/cpu-$TAG$instance-$run.txt
    echo "instance $TAG$instance full $run: $(jq -r '.metrics | "\(.["intake.requestsPerSec"] | floor) calls/s, p50 \(.["intake.latency.p50Ms"]) ms"' $OUT/full-$TAG$instance-$run.json);" \
      "standalone $(grep TOTAL $OUT/cpu-$TAG$instance-$run.txt | awk '{print $1}') us CPU per call (whole run incl. warm-up and delivery check);" \
      "machine idle $(( (idle_after - idle_before) * 1000000000 / (ended - started) / 2 ))% of 2 cores" | tee -a $OUT/summary.txt
  done
  rm -f $OUT/threads-before.tsv $OUT/threads-after.tsv
  kill $PID; for _ in $(seq 1 30); do kill -0 $PID 2> /dev/null || break; sleep 1; done; PID=''; rm -rf $DATA
done
