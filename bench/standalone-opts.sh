# Sourced by run.sh and standalone.sh: the JVM options the README starts the standalone with, so that the
# benchmarks measure it as users run it (README.md says why each is there).
README_STANDALONE_OPTS="-Xmx1g -Xmn200m -XX:-ClassUnloadingWithConcurrentMark -XX:TrimNativeHeapInterval=5000"
