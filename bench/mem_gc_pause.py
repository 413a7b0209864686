# Memory benchmark (e): the longest single collection pause while a program builds up
# 10**7 live container objects and keeps allocating short-lived cycles. Every collection
# is timed between gc.callbacks "start" and "stop"; a collector whose pauses grow with
# the live heap shows it in the late full collections. Pauses are CPU time (process_time),
# so that a busy machine descheduling the process does not count. Target: max < 10 ms.
import gc
import sys
import time

n = int(sys.argv[1]) if len(sys.argv) > 1 else 10 ** 7
pauses = []
started = [0.0]


def on_gc(phase, info):
    if phase == "start":
        started[0] = time.process_time()
    else:
        pauses.append(time.process_time() - started[0])


gc.callbacks.append(on_gc)
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
gc.callbacks.remove(on_gc)
pauses.sort()
print(f"metric: collections {len(pauses)}")
print(f"metric: max_pause {1000 * pauses[-1] if pauses else 0:.2f} ms")
print(f"metric: p99_pause {1000 * pauses[int(len(pauses) * 0.99)] if pauses else 0:.2f} ms")
print(f"metric: total_gc {1000 * sum(pauses):.1f} ms")
print(f"metric: loop {1000 * (t1 - t0):.1f} ms")
print("checksum:", len(live), made, live[12345])
