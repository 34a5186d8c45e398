# Share of all samples (or bytes) whose stack holds a frame matching PATTERN, per frame, optionally only
# for threads matching THREADS. Usage: python3 inclusive.py alloc.collapsed.gz 'afterGroup' ['mongo-server'] [N]
import collections, gzip, re, sys
pat = re.compile(sys.argv[2]); thr = re.compile(sys.argv[3]) if len(sys.argv) > 3 and sys.argv[3] else None
tot=0; c=collections.Counter()
for line in gzip.open(sys.argv[1], 'rt'):
    stack, n = line.rstrip().rsplit(' ',1); n=int(n); tot+=n
    frames=stack.split(';')
    if thr and not thr.search(frames[0]): continue
    seen=set()
    for f in frames[1:]:
        if pat.search(f) and f not in seen:
            seen.add(f); c[f]+=n
for k,v in c.most_common(int(sys.argv[4]) if len(sys.argv)>4 else 50): print(f'{v/tot*100:5.1f}% {k}')
