#!/usr/bin/env bash
# sample.sh PID OUT: every 0.25 s, epoch ms and the process's resident figures, until the process exits.
pid=$1 out=$2
echo "ms rss_kb anon_kb file_kb hwm_kb threads" > "$out"
while [[ -r /proc/$pid/status ]]; do
  awk -v t="$(date +%s%3N)" '/^VmRSS/{r=$2} /^RssAnon/{a=$2} /^RssFile/{f=$2} /^VmHWM/{h=$2} /^Threads/{n=$2}
    END{print t, r, a, f, h, n}' "/proc/$pid/status" >> "$out" 2>/dev/null || break
  sleep 0.25
done
