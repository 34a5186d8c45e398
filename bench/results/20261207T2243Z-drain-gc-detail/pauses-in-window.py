import gzip,re,json,datetime,sys
def ts(s): return datetime.datetime.fromisoformat(s.replace('Z','')[:26]).replace(tzinfo=datetime.timezone.utc).timestamp()
wins=[]
for i in (1,2,3):
    d=json.load(open(f'drain-{i}.json'))
    a=ts(d['details']['drain.publishedAt']); wins.append((i,a,a+d['metrics']['drain.afterPublishSeconds'],ts(d['finishedAt'])))
lines=gzip.open('gc-detail.log.gz','rt').read().splitlines()
ev=[]; cur={}
for l in lines:
    m=re.match(r'\[([^\]]+)\]\[([\d.]+)s\] GC\((\d+)\) (.*)',l)
    if not m: continue
    t=datetime.datetime.strptime(m.group(1)[:23],'%Y-%m-%dT%H:%M:%S.%f').replace(tzinfo=datetime.timezone.utc).timestamp()
    msg=m.group(4); g=m.group(3)
    if msg.startswith('Old regions') or msg.startswith('Survivor regions'): cur[g]=cur.get(g,'')+' '+msg.replace(' regions','')
    if msg.startswith('Pause Young') and msg.endswith('ms'):
        ev.append((t,g,msg.split(') (')[0]+')',float(msg.split()[-1][:-2]),cur.get(g,'')))
for i,a,b,f in wins:
    inwin=[e for e in ev if a<=e[0]<=b+0.02]
    print(f'drain {i}: window {b-a:.3f}s; in it {len(inwin)} pauses, {sum(e[3] for e in inwin):.0f} ms')
    for e in ev:
        if a-0.3<=e[0]<=f: print(f'   {"W" if a<=e[0]<=b+0.02 else " "} {e[0]-a:+.3f}s GC({e[1]}) {e[2]} {e[3]:.1f}ms {e[4]}')
