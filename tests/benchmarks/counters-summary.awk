# awk -F, -f tests/benchmarks/counters-summary.awk counters.csv — a dotnet-counters CSV (System.Runtime, one sample
# every few seconds) summarised per minute of the run: working set, GC committed memory and gen2 size (MB, at the
# minute's last sample), the thread-pool queue's longest and its most threads, and the GC pause time in the minute.
NR == 1 { next }
{
  split($1, t, /[ :]/); minute = t[2] ":" t[3]
  if (!(minute in seen)) { seen[minute] = 1; order[++n] = minute }
  name = $3; value = $5
  if (name ~ /^dotnet.process.memory.working_set/) ws[minute] = value / 1048576
  else if (name ~ /^dotnet.gc.last_collection.memory.committed_size/) committed[minute] = value / 1048576
  else if (name ~ /^dotnet.gc.last_collection.heap.size .*gen2/) gen2[minute] = value / 1048576
  else if (name ~ /^dotnet.thread_pool.queue.length/) { if (value > queue[minute]) queue[minute] = value }
  else if (name ~ /^dotnet.thread_pool.thread.count/) { if (value > threads[minute]) threads[minute] = value }
  else if (name ~ /^dotnet.gc.pause.time/) pause[minute] += value
}
END {
  printf "| minute | working set MB | GC committed MB | gen2 MB | thread-pool queue (max) | threads (max) | GC pause s |\n"
  printf "| --- | --- | --- | --- | --- | --- | --- |\n"
  for (i = 1; i <= n; i++) {
    m = order[i]
    printf "| %s | %.0f | %.0f | %.0f | %d | %d | %.2f |\n", m, ws[m], committed[m], gen2[m], queue[m], threads[m], pause[m]
  }
}
