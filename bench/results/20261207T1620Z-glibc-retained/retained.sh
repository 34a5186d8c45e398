#!/usr/bin/env bash
# How much freed native memory glibc keeps in an untrimmed standalone after load: the README's options
# before session 21 (no TrimNativeHeapInterval); three full-speed passes, a 30 s load at 2,000 calls/s over
# 1,024 connections, a 100,000-event drain, then one `jcmd <pid> System.trim_native_heap`, which trims once
# and prints the resident size before and after. Run from the repository root; OUT is this folder.
set -euo pipefail
OUT=$(cd "$(dirname "$0")" && pwd)
STANDALONE_OPTS="-Xmx1g -Xmn200m -XX:-ClassUnloadingWithConcurrentMark"
source bench/standalone.sh
standalone_start "$OUT/logs"
standalone_warm "$OUT" 3 0 50000
standalone_load --rate 2000 --count 60000 --max-seconds 40 --concurrency 1024 --out "$OUT/half-rate.json"
standalone_drain 100000 "$OUT/drain.json" > /dev/null
sleep 5
{
  grep -E 'VmHWM|VmRSS|RssAnon|Threads' "/proc/$PID/status"
  jcmd "$PID" System.trim_native_heap
  sleep 1
  grep -E 'VmRSS|RssAnon' "/proc/$PID/status"
} | tee "$OUT/trim-once.txt"
