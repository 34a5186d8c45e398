# One line per young pause: GC id, time, pause ms (from the gc log, the first file), and from the phases log
# (the second): Scan Heap Roots, Object Copy and Ext Root Scanning (average over the GC workers, ms) and the
# dirty cards taken from the log buffers. Usage: awk -f pauses.awk run/gc.log gc-phases.log
function gcid() { match($0, /GC\([0-9]+\)/); return substr($0, RSTART + 3, RLENGTH - 4) }
function avg() { match($0, /Avg: *[0-9.]+/); return substr($0, RSTART + 5, RLENGTH - 5) + 0 }
FNR == NR { if (/Pause Young/ && / [0-9.]+ms$/) { id = gcid(); t[id] = substr($1, 2) + 0; p = $NF; sub(/ms/, "", p); pause[id] = p }; next }
/Scan Heap Roots \(ms\)/ { shr[gcid()] = avg() }
/Object Copy \(ms\)/ { oc[gcid()] = avg() }
/Ext Root Scanning \(ms\)/ { er[gcid()] = avg() }
/Log Buffers \(ms\)/ { inlog = 1; next }
inlog && /Dirty Cards/ { id = gcid(); match($0, /Sum: *[0-9]+/); dc[id] = substr($0, RSTART + 5, RLENGTH - 5) + 0; inlog = 0 }
END { for (id in pause) printf "%d %.1f %s %s %s %s %s\n", id, t[id], pause[id], shr[id], oc[id], er[id], dc[id] }
