# Sourced by run.sh and steady.sh. c2_ticks PID: CPU time of a JVM's C2 compiler threads so far, in clock
# ticks (utime and stime are fields 14 and 15 of a thread's stat, 12 and 13 once its name, which may hold
# spaces, is cut off). 0 when the process is gone.
c2_ticks() {
  { cat "/proc/$1/task/"*/stat 2> /dev/null || true; } \
    | awk -F ') ' '/\(C2 CompilerThre\)/ { split($2, f, " "); ticks += f[12] + f[13] } END { print ticks + 0 }'
}

# process_ticks PID: CPU time of the whole process so far (all its threads), in clock ticks; 0 when gone.
process_ticks() {
  { cat "/proc/$1/stat" 2> /dev/null || true; } | awk -F ') ' '{ split($2, f, " "); print f[12] + f[13] + 0 }'
}
