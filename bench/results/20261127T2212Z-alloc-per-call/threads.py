# Share of all samples (or bytes) by thread group (thread names with their numbers taken out), and per call.
# Usage: python3 threads.py cpu.collapsed.gz CALLS [UNIT_PER_SAMPLE]
#   cpu.collapsed (interval=2ms): UNIT_PER_SAMPLE=2000 gives microseconds; alloc.collapsed (total): 1 gives bytes
import collections, gzip, re, sys
calls = int(sys.argv[2]); unit = float(sys.argv[3]) if len(sys.argv) > 3 else 1
total, groups = 0, collections.Counter()
for line in gzip.open(sys.argv[1], 'rt'):
    stack, n = line.rstrip().rsplit(' ', 1)
    n = int(n); total += n
    groups[re.sub(r'\d+', 'N', stack.split(';')[0])] += n
print(f'all threads: {total * unit / calls:,.0f} per call')
for name, n in groups.most_common(25): print(f'{n / total * 100:5.1f}% {n * unit / calls:9,.0f} {name}')
