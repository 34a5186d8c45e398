# CPU samples of a collapsed profile (async-profiler's "threads" option) by thread group, in microseconds per
# call: python3 threads.py cpu.collapsed.gz CALLS INTERVAL_MS
import collections, gzip, re, sys
calls, interval_us = int(sys.argv[2]), float(sys.argv[3]) * 1000
groups, total = collections.Counter(), 0
for line in gzip.open(sys.argv[1], 'rt'):
    stack, n = line.rstrip().rsplit(' ', 1)
    n = int(n); total += n
    thread = re.sub(r' tid=\d+', '', stack.split(';')[0].strip('[]'))
    groups[re.sub(r'[-_ #]?\d+', '#', thread)] += n
print(f'all threads: {total * interval_us / calls:6.0f} us per call')
for name, n in groups.most_common(25):
    print(f'{n * interval_us / calls:6.0f} us {n / total * 100:5.1f}% {name}')
