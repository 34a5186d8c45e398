# Bytes and objects per call that stay alive: h2.txt minus h1.txt, divided by the 20,000 calls between them.
import re
def load(f):
    d = {}
    for line in open(f):
        m = re.match(r'\s*\d+:\s+(\d+)\s+(\d+)\s+(\S+)', line)
        if m: d[m.group(3)] = (int(m.group(1)), int(m.group(2)))
    return d
a, b, calls = load('h1.txt'), load('h2.txt'), 20000
rows = sorted(((b[k][1] - a.get(k, (0, 0))[1], b[k][0] - a.get(k, (0, 0))[0], k) for k in b), reverse=True)
print('per call bytes', sum(r[0] for r in rows) / calls, 'objects', sum(r[1] for r in rows) / calls)
for by, n, k in rows[:25]: print(f'{by / calls:8.1f} B {n / calls:6.2f} obj {k}')
