# Memory benchmark (e): the longest single collection pause while a program builds up
# 10**7 live container objects and keeps allocating short-lived cycles. Every collection
# is timed between gc.callbacks "start" and "stop"; a collector whose pauses grow with
# the live heap shows it in the late full collections. Pauses are CPU time (process_time),
# so that a busy machine descheduling the process does not count. Target: max < 10 ms.
import sys
import time

from _gc_pauses import Pauses

n = int(sys.argv[1]) if len(sys.argv) > 1 else 10 ** 7
pauses = Pauses()
pauses.start()
t0 = time.perf_counter()
live = []
made = 0
for i in range(n):
    live.append([i])            # one more live container
    if i % 5 == 0:              # and some short-lived cyclic garbage
        a = [i]
        a.append(a)
        made += 1
t1 = time.perf_counter()
pauses.stop()
pauses.report()
print(f"metric: loop {1000 * (t1 - t0):.1f} ms")
print("checksum:", len(live), made, live[12345])
