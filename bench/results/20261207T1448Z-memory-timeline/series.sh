#!/usr/bin/env bash
B="-Xmx1g -Xmn200m -XX:-ClassUnloadingWithConcurrentMark"
/tmp/mem/drive.sh trim-a STANDALONE_OPTS="$B -XX:TrimNativeHeapInterval=5000"
/tmp/mem/drive.sh arena2-a MALLOC_ARENA_MAX=2
/tmp/mem/drive.sh base-b
/tmp/mem/drive.sh trim-b STANDALONE_OPTS="$B -XX:TrimNativeHeapInterval=5000"
/tmp/mem/drive.sh arena2-b MALLOC_ARENA_MAX=2
echo done > /tmp/mem/series.done
