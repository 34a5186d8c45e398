import sys, bisect
d=sys.argv[1]
rows=[];marks=[]
for l in open(f'{d}/standalone-memory-timeline.txt'):
    f=l.split()
    if l.startswith('# epoch'): continue
    if l.startswith('#'): marks.append((int(f[1]),' '.join(f[2:]))); continue
    rows.append(list(map(int,f)))
js=[]
for l in open(f'{d}/standalone-jstat.txt'):
    f=l.split()
    try: js.append((float(f[0]), float(f[1])+float(f[2])+float(f[5])+float(f[7]), float(f[9])))
    except: pass
t0=rows[0][0]-js[0][0]*1000; jt=[t0+j[0]*1000 for j in js]
def nat(r):
    k=bisect.bisect_right(jt,r[0])-1; return int(r[2]-js[k][1]), int(js[k][1]), int(js[k][2])
for t,n in marks:
    if n.startswith('bare-http') and n!='bare-http warmup' or n=='drain 1':
        i=bisect.bisect_right([r[0] for r in rows],t)-1; print(n,'rss',rows[i][1],'native,heap,meta',nat(rows[i]),'thr',rows[i][5])
tail=rows[-60:]; v=sorted(nat(r)[0] for r in tail); print('outside heap, median of last 60 samples', v[len(v)//2], 'threads', rows[-1][5], 'hwm', rows[-1][4])
