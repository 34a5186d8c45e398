import sys, bisect, os
def load(d):
    rows=[list(map(int,l.split())) for l in open(f'{d}/rss.txt').read().splitlines()[1:] if len(l.split())==6]
    js=[]
    for l in open(f'{d}/jstat.txt'):
        f=l.split()
        if not f or f[0]=='Timestamp': continue
        try: js.append((float(f[0]), float(f[1])+float(f[2])+float(f[5])+float(f[7]), float(f[9])))
        except: pass
    ph=[]
    for l in open(f'{d}/run.log'):
        p=l.split(' ',1)
        if len(p)==2 and (p[1].startswith('==') or p[1].startswith('Results')): ph.append((int(p[0]),p[1].strip()))
    return rows,js,ph
for d in sys.argv[1:]:
    rows,js,ph=load(d)
    t_start=rows[0][0]-js[0][0]*1000
    jt=[t_start+j[0]*1000 for j in js]
    def at(t):
        i=bisect.bisect_right([r[0] for r in rows],t)-1; r=rows[i]
        k=bisect.bisect_right(jt,t)-1; return r, js[k]
    hwm=rows[-1][4]; peak=max(rows,key=lambda r:r[1])
    run1=[t for t,n in ph if 'run 1' in n][0]
    r,j=at(run1); tend=[t for t,n in ph if n.startswith('Results')][0]; end,je=at(tend)
    # native = anon - heap committed, median over the last 60 s
    tail=[x for x in rows if tend-60000<x[0]<=tend]
    nat=sorted(x[2]-js[bisect.bisect_right(jt,x[0])-1][1] for x in tail)
    print(f'{os.path.basename(d):10s} HWM {hwm:>8}  after-warmup rss {r[1]:>8} native {int(r[2]-j[1]):>7} thr {r[5]}  | end rss {end[1]:>8} heap {int(je[1]):>8} native(median last 60s) {int(nat[len(nat)//2]):>7} meta {int(je[2])} thr {end[5]}')
