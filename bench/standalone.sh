# Sourced by steady.sh and by the experiment scripts under results/: start one standalone (in-memory store by default,
# temp data dir, GC log), drive it with the load generator, warm its JIT, stop it. Traffic to 127.0.0.1
# only; stops only the standalone it started, by PID. run.sh keeps its own, with the bare-HTTP server.
#
# Settings (environment): STANDALONE_OPTS=$README_STANDALONE_OPTS (as the README
# starts it) STANDALONE_JAVA=java (the JVM that runs the standalone; the load generator always runs on `java`)
# STANDALONE_STORE=memory (the standalone's store: memory, or h2 for the file store the README runs)
# STANDALONE_ARGS="" (more of the standalone's arguments, e.g. --inbox.delivery.max-poll-records=1000)

STANDALONE_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BENCH_JAR=$STANDALONE_ROOT/bench/target/inbox-bench.jar
# shellcheck source=bench/standalone-opts.sh
source "$STANDALONE_ROOT/bench/standalone-opts.sh"
STANDALONE_OPTS=${STANDALONE_OPTS:-$README_STANDALONE_OPTS}
STANDALONE_JAVA=${STANDALONE_JAVA:-java}
STANDALONE_ARGS=${STANDALONE_ARGS:-}
STANDALONE_STORE=${STANDALONE_STORE:-memory}
STANDALONE_URL=http://127.0.0.1:8080
STANDALONE_MONGO_URI=mongodb://127.0.0.1:27017/inbox
STANDALONE_KAFKA=127.0.0.1:9092
PID='' DATA_DIR=''

# shellcheck source=bench/c2-ticks.sh
source "$STANDALONE_ROOT/bench/c2-ticks.sh"

# standalone_start OUT_DIR [JAR]: starts it, logging to OUT_DIR, and returns once it serves the admin API
# (its demo template is provisioned then). Stopped on exit.
standalone_start() {
  local out=$1 jar=${2:-$STANDALONE_ROOT/standalone/target/inbox-standalone.jar}
  for port in 8080 9092 27017; do
    if ss -Hltn "sport = :$port" | grep -q .; then echo "port $port is in use" >&2; return 1; fi
  done
  mkdir -p "$out"
  DATA_DIR=$(mktemp -d /tmp/inbox-bench-data.XXXXXX)
  # The client's rate limit out of the load's reach, as in run.sh's start_standalone.
  # shellcheck disable=SC2086
  "$STANDALONE_JAVA" $STANDALONE_OPTS -Xlog:gc:file="$out/gc.log" -jar "$jar" --inbox.standalone.store="$STANDALONE_STORE" \
    --inbox.standalone.data-dir="$DATA_DIR" --inbox.rate-limit.burst=1000000 $STANDALONE_ARGS > "$out/standalone.log" 2>&1 &
  PID=$!
  trap standalone_stop EXIT
  for _ in $(seq 1 240); do
    curl -sf -o /dev/null -H 'Authorization: Bearer dev-admin-token' \
      "$STANDALONE_URL/admin/v1/templates/TP_5800000001xxxx" && return 0
    kill -0 "$PID" 2> /dev/null || { echo "the standalone stopped; see $out/standalone.log" >&2; return 1; }
    sleep 1
  done
  echo "the standalone did not start in 240 s" >&2
  return 1
}

standalone_stop() {
  if [[ -n $PID ]] && kill -0 "$PID" 2> /dev/null; then
    kill "$PID"
    for _ in $(seq 1 30); do kill -0 "$PID" 2> /dev/null || break; sleep 1; done
  fi
  [[ -n $DATA_DIR ]] && rm -rf "$DATA_DIR"
  return 0
}

# standalone_load ARGS...: one load-generator run against it (run.sh explains the C1-only client JVM).
standalone_load() {
  java -XX:TieredStopAtLevel=1 -jar "$BENCH_JAR" load --warmup-seconds 5 --url "$STANDALONE_URL" \
    --mongo-uri "$STANDALONE_MONGO_URI" --client netty --users 100 --repeat-share 0.05 --delete-after \
    "$@" > /dev/null 2>&1 || true
}

# standalone_drain COUNT OUT_JSON: the worker alone, a backlog of COUNT events published straight to its topic in
# one transaction (run.sh's drain).
standalone_drain() {
  java -jar "$BENCH_JAR" drain --bootstrap-servers "$STANDALONE_KAFKA" --mongo-uri "$STANDALONE_MONGO_URI" \
    --count "$1" --users 100 --delete-after --out "$2"
}

# standalone_warm OUT_DIR MAX_PASSES C2_IDLE_SECONDS COUNT: full-speed passes until its C2 compiler threads
# used at most C2_IDLE_SECONDS of CPU in one, each pass's rate appended to OUT_DIR/summary.txt.
standalone_warm() {
  local out=$1 max_passes=$2 idle=$3 count=$4 before used
  for pass in $(seq 1 "$max_passes"); do
    before=$(c2_ticks "$PID")
    standalone_load --count "$count" --concurrency 64 --max-seconds 120 --out "$out/pass-$pass.json"
    used=$((($(c2_ticks "$PID") - before) / 100))
    echo "pass $pass: $(jq '.metrics["intake.requestsPerSec"] | floor' "$out/pass-$pass.json") calls/s, C2 ${used} s" \
      | tee -a "$out/summary.txt"
    ((used <= idle)) && break
  done
  return 0
}
