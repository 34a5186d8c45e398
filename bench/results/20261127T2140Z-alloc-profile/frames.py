# CPU samples by the deepest library frame of each stack (what BENCHMARKS.md session 10 quotes as "Kafka's
# code 25 %, the MongoDB driver 19 %, ..."), and the share of samples whose leaf is a kernel frame.
# Usage: python3 frames.py cpu.collapsed.gz
import collections, gzip, sys
GROUPS = [
    ('micrometer', ('io/micrometer',)), ('spring security', ('org/springframework/security',)),
    ('logging', ('ch/qos/logback', 'org/slf4j')), ('service', ('com/wallet',)), ('jackson', ('tools/jackson',)),
    ('mongo driver/bson', ('com/mongodb', 'org/bson')), ('mongo server', ('de/bwaldvogel',)),
    ('kafka', ('org/apache/kafka', 'kafka/')),
    ('tomcat', ('org/apache/tomcat', 'org/apache/coyote', 'org/apache/catalina')),
    ('netty', ('io/netty',)), ('spring other', ('org/springframework',)),
]
total, kernel, groups = 0, 0, collections.Counter()
for line in gzip.open(sys.argv[1], 'rt'):
    stack, n = line.rstrip().rsplit(' ', 1)
    n = int(n); total += n
    frames = stack.split(';')
    kernel += n if frames[-1].endswith('_[k]') else 0
    groups[next((name for f in reversed(frames) for name, prefixes in GROUPS if f.startswith(prefixes)), 'other')] += n
print(f'kernel leaf {kernel / total * 100:.1f}%')
for name, n in groups.most_common(): print(f'{n / total * 100:5.1f}% {name}')
