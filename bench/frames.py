#!/usr/bin/env python3
"""Where one group of threads spends a profile, per call: each frame's inclusive share of the samples (or
bytes) of the threads whose name matches THREAD_REGEX, biggest first, and their total.

Usage: bench/frames.py FILE.collapsed.gz THREAD_REGEX CALLS [UNIT_PER_SAMPLE] [TOP]
  CALLS is a number or the profiled run's JSON (profile.sh's OUT_DIR/<event>-<phase>.json), whose warm-up
  calls, inside the profile too, are then counted (bench/collapsed.py).
  FILE is bench/profile.sh's output, collapsed stacks whose first frame is the thread (profiled with
  `threads`). UNIT_PER_SAMPLE: 2000 (the default) gives microseconds for a CPU profile sampled every 2 ms;
  1 gives bytes for an allocation profile (collapsed with `total`). A frame on a stack twice counts once.
"""
import collections
import re
import sys

from collapsed import calls_in, stacks


def main(path, thread_regex, calls, unit=2000.0, top=60):
    threads = re.compile(thread_regex)
    total, inclusive = 0, collections.Counter()
    for frames, count in stacks(path):
        if threads.search(frames[0]):
            total += count
            for frame in set(frames[1:]):
                inclusive[frame] += count
    print(f'{total * unit / calls:,.0f} per call in threads matching {thread_regex}')
    for frame, count in inclusive.most_common(top):
        print(f'{count / total * 100:5.1f}% {count * unit / calls:9,.0f} {frame[:160]}')


if __name__ == '__main__':
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2], calls_in(sys.argv[3]),
         float(sys.argv[4]) if len(sys.argv) > 4 else 2000.0, int(sys.argv[5]) if len(sys.argv) > 5 else 60)
