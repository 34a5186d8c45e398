#!/usr/bin/env python3
"""What each kind of thread spends of a profile, per call: the samples (or bytes) of each thread, with the
digits of its name folded so that a pool's threads add up, biggest first, and their total.

Usage: bench/threads.py FILE.collapsed.gz CALLS [UNIT_PER_SAMPLE] [TOP]
  CALLS is a number or the profiled run's JSON, as for bench/frames.py.
  FILE is bench/profile.sh's output, collapsed stacks whose first frame is the thread (profiled with
  `threads`). UNIT_PER_SAMPLE: 2000 (the default) gives microseconds for a CPU profile sampled every 2 ms;
  1 gives bytes for an allocation profile. bench/frames.py then shows where one kind of thread spends it.
"""
import collections
import re
import sys

from collapsed import calls_in, stacks


def main(path, calls, unit=2000.0, top=20):
    by_thread = collections.Counter()
    for frames, count in stacks(path):
        by_thread[re.sub(r'\d+', 'N', frames[0])] += count
    print(f'{sum(by_thread.values()) * unit / calls:,.1f} per call in all threads')
    for thread, count in by_thread.most_common(top):
        print(f'{count * unit / calls:9,.1f} {thread}')


if __name__ == '__main__':
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    main(sys.argv[1], calls_in(sys.argv[2]),
         float(sys.argv[3]) if len(sys.argv) > 3 else 2000.0, int(sys.argv[4]) if len(sys.argv) > 4 else 20)
