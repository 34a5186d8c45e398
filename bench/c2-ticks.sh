# Sourced by run.sh and steady.sh. CPU time read from /proc, in clock ticks: utime and stime are fields 14
# and 15 of a stat line, 12 and 13 once its name (in parentheses, may hold spaces) is cut off. 0 when the
# process is gone.

# stat_ticks NAME_PATTERN FILE...: utime + stime summed over the stat lines whose name matches.
stat_ticks() {
  local pattern=$1
  shift
  { cat "$@" 2> /dev/null || true; } \
    | awk -F ') ' -v pattern="$pattern" '$1 ~ pattern { split($2, f, " "); ticks += f[12] + f[13] } END { print ticks + 0 }'
}

# c2_ticks PID: the JVM's C2 compiler threads so far.
c2_ticks() {
  stat_ticks '\\(C2 CompilerThre$' "/proc/$1/task/"*/stat
}

# process_ticks PID: the whole process so far (all its threads).
process_ticks() {
  stat_ticks '' "/proc/$1/stat"
}
