#!/usr/bin/env bash
# Runs the ceilings and the load generator RUNS times against a standalone this script starts itself
# (in-memory store, temp data dir), then summarizes the medians. Builds nothing: run
# `mvn -o -q -DskipTests install` first. Traffic goes to 127.0.0.1 only; everything is bounded in
# count and time; only the processes started here are stopped, by PID.
#
# Settings (environment): RUNS=3 LOAD_COUNT=50000 CONCURRENCY=64 USERS=100 REPEAT_SHARE=0.05
#   BARE_COUNT=100000 KAFKA_COUNT=200000 INSERT_COUNT=100000 DRAIN_COUNT=100000 HALF_RATE_SECONDS=30 JFR=0
#   (DRAIN_COUNT: the backlog is published in one transaction and the worker sees it whole at the commit,
#   so it is timed over all of it: 100,000 messages, a few seconds)
#   WARMUP_COUNT=60000 (calls of each kind in the discarded warm-up round: after 20,000 the standalone's intake
#     rate still rose by half from the second measured round to the third) WARMUP_DRAIN_COUNT=5000
#   LOAD_WARMUP_SECONDS=5 (each load-generator run, bare-http included so that its ratio compares like with
#     like, first sends calls for this long at the run's pace and limit, outside the measured figures: the
#     generator is a fresh JVM and its own cold start otherwise showed as the server's latency; 0 = none)
#   INSERT_WARMUP_COUNT=100000 (untimed documents inserted before each bulk-insert's timed batches, by its fresh
#     JVM: after 10,000 its ceiling was a third lower; results/20261127T1103Z-insert-warmup)
#   SETTLE_SECONDS=180 (after the warm-up, wait at most this long for the servers' JIT to finish)
#   JIT_MAX_PASSES=15 JIT_IDLE_PERCENT=3 (after the warm-up round, full-speed passes of both servers until
#     neither one's C2 compiler used more than JIT_IDLE_PERCENT of a core during a pass; see warm_jit)
#   DRAIN_MAX_PASSES=6 (then drains of DRAIN_COUNT until the standalone's C2 compiler used at most
#     JIT_IDLE_PERCENT of a core during one; see warm_drain)
#   CLIENT=netty (the load generator's HTTP client: netty or jdk)
#   LOAD_JVM_OPTS="-XX:TieredStopAtLevel=1" (JVM options of the load generator's runs; see bench_load)
#   STANDALONE_OPTS=$README_STANDALONE_OPTS (JVM options for the standalone, as the
#     README starts it) STANDALONE_JAVA=java (the JVM of the standalone and of the bare-HTTP server, so that the
#     ceiling runs the web stack on the same JVM as the intake it is compared with)
#   BARE_OPTS="" (JVM options of the bare-HTTP server, e.g. the same collector as the standalone's)
#   RESULTS=bench/results/<timestamp> APP_PORT=8080 KAFKA_PORT=9092 MONGO_PORT=27017 BARE_PORT=18080
#   CEILINGS_ONLY=0 (1 = skip the load runs) STANDALONE_JAR=standalone/target/inbox-standalone.jar
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
BENCH_JAR=$ROOT/bench/target/inbox-bench.jar
STANDALONE_JAR=${STANDALONE_JAR:-$ROOT/standalone/target/inbox-standalone.jar}
RUNS=${RUNS:-3}
LOAD_COUNT=${LOAD_COUNT:-50000}
CONCURRENCY=${CONCURRENCY:-64}
USERS=${USERS:-100}
REPEAT_SHARE=${REPEAT_SHARE:-0.05}
BARE_COUNT=${BARE_COUNT:-100000}
KAFKA_COUNT=${KAFKA_COUNT:-200000}
INSERT_COUNT=${INSERT_COUNT:-100000}
DRAIN_COUNT=${DRAIN_COUNT:-100000}
HALF_RATE_SECONDS=${HALF_RATE_SECONDS:-30}
WARMUP_COUNT=${WARMUP_COUNT:-60000}
WARMUP_DRAIN_COUNT=${WARMUP_DRAIN_COUNT:-5000}
SETTLE_SECONDS=${SETTLE_SECONDS:-180}
JIT_MAX_PASSES=${JIT_MAX_PASSES:-15}
JIT_IDLE_PERCENT=${JIT_IDLE_PERCENT:-3}
DRAIN_MAX_PASSES=${DRAIN_MAX_PASSES:-6}
CLIENT=${CLIENT:-netty}
LOAD_JVM_OPTS=${LOAD_JVM_OPTS:--XX:TieredStopAtLevel=1}
LOAD_WARMUP_SECONDS=${LOAD_WARMUP_SECONDS:-5}
INSERT_WARMUP_COUNT=${INSERT_WARMUP_COUNT:-100000}
# JFR=1 records round 1's load with JFR's profile settings. Off by default: starting and stopping the
# recording set the standalone's JIT compiling again (2,677 and 2,888 methods queued after round 1 in two runs,
# not settled a minute later), and session 16's round 1 ran at a third of the pace of rounds 2 and 3.
# bench/profile.sh profiles a standalone of its own instead.
JFR=${JFR:-0}
CEILINGS_ONLY=${CEILINGS_ONLY:-0}
# shellcheck source=bench/standalone-opts.sh
source "$ROOT/bench/standalone-opts.sh"
STANDALONE_OPTS=${STANDALONE_OPTS:-$README_STANDALONE_OPTS}
STANDALONE_JAVA=${STANDALONE_JAVA:-java}
BARE_OPTS=${BARE_OPTS:-}
RESULTS=${RESULTS:-$ROOT/bench/results/$(date -u +%Y%m%dT%H%M%SZ)}
APP_PORT=${APP_PORT:-8080} KAFKA_PORT=${KAFKA_PORT:-9092} MONGO_PORT=${MONGO_PORT:-27017} BARE_PORT=${BARE_PORT:-18080}
BASE=http://127.0.0.1:$APP_PORT
MONGO_URI=mongodb://127.0.0.1:$MONGO_PORT/inbox

STANDALONE_PID='' BARE_PID='' DATA_DIR='' SAMPLER_PID='' JSTAT_PID=''

main() {
  require_built
  require_free_ports
  mkdir -p "$RESULTS/warmup" "$RESULTS/logs"
  describe_machine > "$RESULTS/machine.txt"
  start_standalone
  start_memory_sampler
  start_bare_http
  echo "== warm-up (discarded) =="
  iteration warmup "$RESULTS/warmup" "$WARMUP_COUNT" "$WARMUP_COUNT" "$WARMUP_COUNT" "$WARMUP_COUNT" \
    "$WARMUP_DRAIN_COUNT"
  warm_jit
  warm_drain
  settle "after the warm-up" "$SETTLE_SECONDS"
  for i in $(seq 1 "$RUNS"); do
    echo "== run $i of $RUNS =="
    ((i > 1)) && settle "before run $i" 60
    iteration "$i" "$RESULTS" "$LOAD_COUNT" "$BARE_COUNT" "$KAFKA_COUNT" "$INSERT_COUNT" "$DRAIN_COUNT"
  done
  grep -E 'VmHWM|VmRSS' "/proc/$STANDALONE_PID/status" > "$RESULTS/standalone-memory.txt" || true
  summarize_memory > "$RESULTS/standalone-memory-steps.txt"
  bench summarize --dir "$RESULTS" --out "$RESULTS/summary.json" > /dev/null
  if [[ $JFR == 1 && -f $RESULTS/standalone-load.jfr ]]; then
    summarize_jfr "$RESULTS/standalone-load.jfr" > "$RESULTS/jfr-hotspots.txt" || true
  fi
  echo "Results in $RESULTS (summary.json, one JSON per run, logs/, machine.txt)"
  jq '{runs, ratios}' "$RESULTS/summary.json"
}

# One round: the three ceilings, the load at full speed, then the load at half of that rate, then the
# worker's drain. Arguments: name, output dir, then the counts of load, bare-http, kafka, insert, drain.
iteration() {
  local name=$1 dir=$2 count=$3 bare_count=$4 kafka_count=$5 insert_count=$6 drain_count=$7
  step "bare-http $name"
  bench_load --url "http://127.0.0.1:$BARE_PORT" --intake-only --label bare-http --client "$CLIENT" \
    --count "$bare_count" --concurrency "$CONCURRENCY" --users "$USERS" \
    --out "$dir/bare-http-$name.json"
  step "kafka-produce $name"
  bench kafka-produce --bootstrap-servers "127.0.0.1:$KAFKA_PORT" --count "$kafka_count" \
    --out "$dir/kafka-produce-$name.json"
  step "bulk-insert $name"
  bench bulk-insert --mongo-uri "$MONGO_URI" --count "$insert_count" --warmup-count "$INSERT_WARMUP_COUNT" \
    --out "$dir/bulk-insert-$name.json"
  [[ $CEILINGS_ONLY == 1 ]] && return 0
  if [[ $name == 1 && $JFR == 1 ]]; then
    jcmd "$STANDALONE_PID" JFR.start name=bench settings=profile filename="$RESULTS/standalone-load.jfr" > /dev/null
  fi
  step "load $name"
  bench_load --url "$BASE" --mongo-uri "$MONGO_URI" --client "$CLIENT" --count "$count" --concurrency "$CONCURRENCY" \
    --users "$USERS" --repeat-share "$REPEAT_SHARE" --delete-after --out "$dir/load-$name.json" \
    || echo "load run $name: check FAILED (delivery, or calls answered other than ACCEPT)"
  if [[ $name == 1 && $JFR == 1 ]]; then
    jcmd "$STANDALONE_PID" JFR.stop name=bench > /dev/null
  fi
  local half
  half=$(jq '.metrics["intake.requestsPerSec"] / 2 | floor' "$dir/load-$name.json")
  step "load-half-rate $name"
  bench_load --url "$BASE" --mongo-uri "$MONGO_URI" --client "$CLIENT" --label load-half-rate --rate "$half" \
    --count "$((half * HALF_RATE_SECONDS))" --max-seconds "$((HALF_RATE_SECONDS + 10))" --concurrency 1024 \
    --users "$USERS" --repeat-share "$REPEAT_SHARE" --delete-after --out "$dir/load-half-rate-$name.json" \
    || echo "half-rate run $name: check FAILED (delivery, or calls answered other than ACCEPT)"
  # The worker alone: a backlog published straight to its topic (the intake cannot feed it that fast), in one
  # transaction, so that the worker sees all of it at the commit; its pace is read from the commit to the last
  # storage (drain.afterPublishPerSec). The bulk-insert ceiling above writes with as many writers as the
  # worker has consumers.
  step "drain $name"
  drain_backlog "$drain_count" "$dir/drain-$name.json" || echo "drain run $name: storage check FAILED"
}

# Top frames of the CPU samples, by method and by package: where the standalone spends its time.
summarize_jfr() {
  local frames
  frames=$(jfr print --events jdk.ExecutionSample "$1" | grep -A1 'stackTrace = \[' \
    | grep -v -e 'stackTrace = \[' -e '^--' | sed -e 's/^ *//' -e 's/ *line:.*//')
  echo "CPU samples: $(wc -l <<< "$frames")"
  echo "== top methods (self time) =="
  sort <<< "$frames" | uniq -c | sort -rn | head -25
  echo "== top packages (self time) =="
  sed -E 's/\.[^.]+\.[^.(]+\(.*$//' <<< "$frames" | sort | uniq -c | sort -rn | head -15
}

bench() {
  java -jar "$BENCH_JAR" "$@"
}

# The load generator is a fresh JVM each run, and for runs of this length C2 spent about as much CPU
# compiling its code as the code itself used: C1 alone halved its CPU per call (measured against the
# bare-HTTP server), which leaves that CPU to the server being measured. Its start (connecting, loading
# classes, compiling) still took the first seconds of each run, so each run warms up in-process first
# (--warmup-seconds); the report lists the warm-up under warmup.* and checks its calls in storage too.
bench_load() {
  # shellcheck disable=SC2086
  java $LOAD_JVM_OPTS -jar "$BENCH_JAR" load --warmup-seconds "$LOAD_WARMUP_SECONDS" "$@"
}

# The standalone's C2 compiler kept compiling through its first ~500,000 calls at full speed: its C2
# thread used 14-22 s of CPU per 50,000-call pass, on a machine of two cores, and the intake rose from ~400
# to ~1,500 calls/s over ten passes, then stayed there. Rounds measured before that measured the JIT's
# warm-up, each faster than the one before. So both servers are driven at full speed, pass after pass,
# until neither one's C2 threads used more than JIT_IDLE_PERCENT of a core during a pass (at most
# JIT_MAX_PASSES); settle.txt lists each pass.
warm_jit() {
  until_c2_idle "JIT pass" "$JIT_MAX_PASSES" jit_pass "$STANDALONE_PID" "$BARE_PID"
}

jit_pass() {
  bench_load --url "http://127.0.0.1:$BARE_PORT" --intake-only --label bare-http --client "$CLIENT" \
    --count "$BARE_COUNT" --concurrency "$CONCURRENCY" --users "$USERS" \
    --out "$RESULTS/warmup/bare-http-jit-$1.json" > /dev/null
  bench_load --url "$BASE" --mongo-uri "$MONGO_URI" --client "$CLIENT" --count "$LOAD_COUNT" \
    --concurrency "$CONCURRENCY" --users "$USERS" --repeat-share "$REPEAT_SHARE" --delete-after \
    --out "$RESULTS/warmup/load-jit-$1.json" > /dev/null || true
  echo "intake $(jq '.metrics["intake.requestsPerSec"] | floor' "$RESULTS/warmup/load-jit-$1.json") calls/s"
}

# The intake's passes do not warm the worker's path at a backlog's pace (batches of 2,000 records, the
# store's bulk inserts): after them, three drains of 100,000 events in a row kept the standalone's C2 busy for
# 9, 6 and 4 s of CPU and ran 29,900, 28,800 and 31,300 messages/s; the fourth to sixth, with C2 at 0-1 s,
# 36,300-40,200 (results/20261128T0110Z-drain-warmth). So the worker is warmed like the intake: drains of
# DRAIN_COUNT until one leaves the standalone's C2 at most JIT_IDLE_PERCENT of a core (at most
# DRAIN_MAX_PASSES); settle.txt lists each.
warm_drain() {
  until_c2_idle "drain pass" "$DRAIN_MAX_PASSES" drain_pass "$STANDALONE_PID"
}

drain_pass() {
  drain_backlog "$DRAIN_COUNT" "$RESULTS/warmup/drain-jit-$1.json" > /dev/null || true
  echo "worker $(jq '.metrics["drain.afterPublishPerSec"] // 0 | floor' "$RESULTS/warmup/drain-jit-$1.json") messages/s"
}

# until_c2_idle LABEL MAX_PASSES PASS_FUNCTION PID...: runs PASS_FUNCTION with the pass's number (it prints what
# settle.txt notes of the pass) until, during one pass, no PID's C2 compiler threads used more than
# JIT_IDLE_PERCENT of a core; at most MAX_PASSES passes.
until_c2_idle() {
  local label=$1 max_passes=$2 pass_function=$3
  shift 3
  local pids=("$@") pass started took note i used idle shares
  local -a before
  for pass in $(seq 1 "$max_passes"); do
    for i in "${!pids[@]}"; do before[i]=$(c2_ticks "${pids[i]}"); done
    started=$SECONDS
    step "$label $pass"
    note=$("$pass_function" "$pass")
    took=$((SECONDS - started > 0 ? SECONDS - started : 1))
    idle=1 shares=''
    for i in "${!pids[@]}"; do
      # Ticks are 1/100 s, so ticks per second of the pass are the percent of one core.
      used=$(($(c2_ticks "${pids[i]}") - before[i]))
      shares+="${shares:+, }$((used / took))% of a core in $(process_name "${pids[i]}")"
      ((used <= JIT_IDLE_PERCENT * took)) || idle=0
    done
    echo "$label $pass: ${took} s, C2 used ${shares}; $note" | tee -a "$RESULTS/settle.txt"
    ((idle)) && return 0
  done
  echo "JIT still compiling after $max_passes passes ($label)" | tee -a "$RESULTS/settle.txt"
}

# The process a PID names in settle.txt.
process_name() {
  if [[ $1 == "$STANDALONE_PID" ]]; then echo "the standalone"; else echo "the bare-HTTP server"; fi
}

# drain_backlog COUNT OUT_JSON: the worker alone, a backlog published straight to its topic in one transaction.
drain_backlog() {
  bench drain --bootstrap-servers "127.0.0.1:$KAFKA_PORT" --mongo-uri "$MONGO_URI" --count "$1" \
    --users "$USERS" --delete-after --out "$2"
}

# c2_ticks PID, shared with steady.sh.
# shellcheck source=bench/c2-ticks.sh
source "$ROOT/bench/c2-ticks.sh"

# A JVM keeps JIT-compiling for a while after its warm-up (the standalone's C2 queue held ~1,500 methods
# right after 5,000 calls and took about a minute to drain at full CPU): measuring then gives a first round
# twice as slow as the third. Waits, at most $2 seconds, until both servers have a near-empty compile queue
# and are idle (together under 20% of a core: the idle standalone alone takes ~10%, a compiling JVM a full
# core), and notes in settle.txt how long it took.
settle() {
  local when=$1 limit=$2 started=$SECONDS
  local standalone_ticks bare_ticks queued cpu
  while true; do
    standalone_ticks=$(cpu_ticks "$STANDALONE_PID") bare_ticks=$(cpu_ticks "$BARE_PID")
    sleep 2
    queued=$(($(compile_queue "$STANDALONE_PID") + $(compile_queue "$BARE_PID")))
    # Ticks are 1/100 s, so over 2 s this is half the percent of one core.
    cpu=$(($(cpu_ticks "$STANDALONE_PID") - standalone_ticks + $(cpu_ticks "$BARE_PID") - bare_ticks))
    if ((queued <= 5 && cpu <= 40)); then
      echo "$when: settled after $((SECONDS - started)) s (compile queues $queued, servers' cpu $((cpu / 2))% of a core)" \
        | tee -a "$RESULTS/settle.txt"
      return 0
    fi
    if ((SECONDS - started >= limit)); then
      echo "$when: NOT settled after $((SECONDS - started)) s (compile queues $queued, servers' cpu $((cpu / 2))% of a core)" \
        | tee -a "$RESULTS/settle.txt"
      return 0
    fi
  done
}

# Methods waiting in a JVM's C1 and C2 compile queues (not counting those being compiled right now).
compile_queue() {
  jcmd "$1" Compiler.queue 2> /dev/null \
    | awk '/compile queue:/ { queue = 1; next } queue && /^[[:space:]]*[0-9]+[[:space:]]/ { n++ } END { print n + 0 }'
}

# User plus system CPU time of a process so far, in clock ticks.
cpu_ticks() {
  awk '{ print $14 + $15 }' "/proc/$1/stat"
}

# All the load's calls come from one client, whose rate limit (2,000 calls a second by default) refused up to a
# third of the full-speed calls of earlier runs; a refusal costs the server far less than an acceptance. So the
# limit is set out of the load's reach: every call still goes through the limiter, which never refuses.
start_standalone() {
  DATA_DIR=$(mktemp -d /tmp/inbox-bench-data.XXXXXX)
  # shellcheck disable=SC2086
  "$STANDALONE_JAVA" $STANDALONE_OPTS -jar "$STANDALONE_JAR" --inbox.standalone.store=memory \
    --inbox.standalone.data-dir="$DATA_DIR" --server.port=$APP_PORT --inbox.rate-limit.burst=1000000 \
    --inbox.standalone.kafka-port=$KAFKA_PORT --inbox.standalone.mongo-port=$MONGO_PORT \
    > "$RESULTS/logs/standalone.log" 2>&1 &
  STANDALONE_PID=$!
  echo "standalone PID $STANDALONE_PID (data dir $DATA_DIR)"
  # Ready = the demo template is seeded, which comes after the app, the broker and the store are up.
  await "standalone" 240 curl -sf -o /dev/null -H 'Authorization: Bearer dev-admin-token' \
    "$BASE/admin/v1/templates/TP_5800000001xxxx"
}

# VmHWM says how high the standalone's resident memory went, not during which step, nor how much of it is the
# heap. So its /proc status is sampled every second through the run (standalone-memory-timeline.txt: epoch ms,
# VmRSS, RssAnon, RssFile and VmHWM in kB, threads; a "# epoch-ms step" line as each step starts), jstat notes
# the heap's committed size beside it (standalone-jstat.txt, seconds since the JVM started), and
# standalone-memory-steps.txt sums the timeline up per step at the end (it replaces the VmHWM/VmRSS snapshot each
# round used to write after its load, standalone-memory-<round>.txt in earlier results).
start_memory_sampler() {
  local out=$RESULTS/standalone-memory-timeline.txt
  echo "# epoch_ms rss_kb anon_kb file_kb hwm_kb threads" > "$out"
  (
    while [[ -r /proc/$STANDALONE_PID/status ]]; do
      awk -v t="$(date +%s%3N)" '/^VmRSS/ { r = $2 } /^RssAnon/ { a = $2 } /^RssFile/ { f = $2 } /^VmHWM/ { h = $2 }
        /^Threads/ { n = $2 } END { print t, r, a, f, h, n }' "/proc/$STANDALONE_PID/status" 2> /dev/null || break
      sleep 1
    done >> "$out"
  ) &
  SAMPLER_PID=$!
  jstat -gc -t "$STANDALONE_PID" 1000 > "$RESULTS/standalone-jstat.txt" 2>&1 &
  JSTAT_PID=$!
}

# Marks the start of a step in the memory timeline.
step() {
  echo "# $(date +%s%3N) $1" >> "$RESULTS/standalone-memory-timeline.txt"
}

# Per step: the highest VmRSS and RssAnon sampled during it, and the step in which VmHWM reached its final value.
summarize_memory() {
  awk 'function flush() { if (name != "") printf "%-28s max VmRSS %9d kB  max RssAnon %9d kB\n", name, rss, anon }
    /^# epoch_ms/ { next }
    /^# / { flush(); name = $3; for (i = 4; i <= NF; i++) name = name " " $i; rss = anon = 0; next }
    { if ($2 > rss) rss = $2; if ($3 > anon) anon = $3; if ($5 > hwm) { hwm = $5; at = (name == "" ? "start" : name) } }
    END { flush(); printf "VmHWM %d kB, reached during: %s\n", hwm, at }' "$RESULTS/standalone-memory-timeline.txt"
}

start_bare_http() {
  # shellcheck disable=SC2086
  "$STANDALONE_JAVA" $BARE_OPTS -jar "$BENCH_JAR" bare-http --port $BARE_PORT --max-minutes 120 > "$RESULTS/logs/bare-http.log" 2>&1 &
  BARE_PID=$!
  echo "bare-http PID $BARE_PID"
  await "bare-http" 60 curl -s -o /dev/null -X POST -H 'Content-Type: application/json' -d '{}' \
    "http://127.0.0.1:$BARE_PORT/v2/messages/sendInbox"
}

await() {
  local name=$1 seconds=$2
  shift 2
  for _ in $(seq 1 "$seconds"); do
    if "$@"; then
      return 0
    fi
    sleep 1
  done
  echo "$name not ready after ${seconds}s" >&2
  exit 1
}

stop_started() {
  for pid in $SAMPLER_PID $JSTAT_PID; do kill "$pid" 2> /dev/null || true; done
  for pid in $BARE_PID $STANDALONE_PID; do
    if kill -0 "$pid" 2> /dev/null; then
      kill "$pid"
      for _ in $(seq 1 30); do kill -0 "$pid" 2> /dev/null || break; sleep 1; done
      kill -0 "$pid" 2> /dev/null && kill -9 "$pid"
    fi
  done
  [[ -n $DATA_DIR ]] && rm -rf "$DATA_DIR"
  return 0
}
trap stop_started EXIT

require_built() {
  for jar in "$BENCH_JAR" "$STANDALONE_JAR"; do
    [[ -f $jar ]] || { echo "missing $jar: run 'mvn -o -q -DskipTests install' first" >&2; exit 1; }
  done
}

# Measuring whatever else listens on these ports would be wrong; refuse instead.
require_free_ports() {
  for port in $APP_PORT $KAFKA_PORT $MONGO_PORT $BARE_PORT; do
    if ss -Hltn "sport = :$port" | grep -q .; then
      echo "port $port is in use; stop that process first" >&2
      exit 1
    fi
  done
}

describe_machine() {
  echo "nproc: $(nproc)"
  free -m | awk '/Mem:/ {print "memory: " $2 " MiB"}'
  grep -m1 'model name' /proc/cpuinfo || true
  echo "load generator and ceiling clients: $(java -version 2>&1 | head -1)"
  echo "standalone and bare-HTTP server: $("$STANDALONE_JAVA" -version 2>&1 | head -1), standalone options: $STANDALONE_OPTS, bare-HTTP options: ${BARE_OPTS:-none}"
  echo "load average at start: $(cut -d" " -f1-3 /proc/loadavg)"
  echo "load generator: --client $CLIENT, JVM options: ${LOAD_JVM_OPTS:-none}"
}

main "$@"
