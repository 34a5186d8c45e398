#!/usr/bin/env bash
# drive.sh NAME [env assignments...]: one run.sh round (RUNS=1) with the resident-memory sampler and jstat beside it.
# STANDALONE_OPTS passes through the environment.
name=$1; shift
cd /work/main
TS=$(date -u +%Y%m%dT%H%MZ)
R=bench/results/$TS-memory-$name
D=/tmp/mem/$name; mkdir -p "$D"
( env "$@" RUNS=1 RESULTS=$R bash bench/run.sh 2>&1 | while IFS= read -r l; do echo "$(date +%s%3N) $l"; done > "$D/run.log" ) &
for i in $(seq 1 120); do
  P=$(pgrep -f 'inbox-standalone.jar' | head -1); [[ -n $P ]] && break; sleep 0.5
done
echo "$P $R" > "$D/pid"
/tmp/mem/sample.sh "$P" "$D/rss.txt" &
jstat -gc -t "$P" 1000 > "$D/jstat.txt" 2>&1 &
wait
cp "$D"/rss.txt "$D"/jstat.txt "$D"/run.log "$R"/ 2>/dev/null
