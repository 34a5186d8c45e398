import sys, re, collections
tot=0; by_thread=collections.Counter(); by_frame=collections.Counter(); by_type=collections.Counter()
for line in open(sys.argv[1]):
    stack, n = line.rstrip().rsplit(' ',1); n=int(n); tot+=n
    frames=stack.split(';')
    th=re.sub(r'[-_ ]?\d+', '#', frames[0].strip('[]')); by_thread[th]+=n
    by_type[frames[-1]]+=n
    seen=set()
    for f in frames[1:-1]:
        if f in seen: continue
        seen.add(f)
        if f.startswith(('com/wallet','de/bwaldvogel','org/apache/kafka','com/mongodb','org/bson','com/fasterxml','org/springframework','org/apache/coyote','org/apache/tomcat','kafka/','io/netty','io/micrometer','com/samskivert','com/github')):
            by_frame[f]+=n
print('total GB', tot/1e9)
print('--threads'); [print(f'{v/tot*100:5.1f}% {k}') for k,v in by_thread.most_common(15)]
print('--types'); [print(f'{v/tot*100:5.1f}% {k}') for k,v in by_type.most_common(15)]
print('--frames inclusive'); [print(f'{v/tot*100:5.1f}% {k}') for k,v in by_frame.most_common(60)]
