# Memory benchmark (f): the longest single collection pause when a program holding a
# large live heap (2 * 10**6 containers) repeatedly builds and drops a garbage cycle of
# 10**6 objects, without calling gc.collect(). Every collection is timed between
# gc.callbacks "start" and "stop" in process CPU time. Weak reference callbacks prove
# that every cycle was freed by automatic collection.
import sys
import time
import weakref

from _gc_pauses import Pauses

n = int(sys.argv[1]) if len(sys.argv) > 1 else 10 ** 6
live_size = 2 * n
rounds = 3


class Node:
    __slots__ = ("next", "__weakref__")


pauses = Pauses()
live = [[i] for i in range(live_size)]
window = [None] * 10000
freed = []
refs = []
pauses.start()
t0 = time.perf_counter()
for r in range(rounds):
    first = cur = Node()
    for i in range(n - 1):
        node = Node()
        cur.next = node
        cur = node
    cur.next = first
    refs.append(weakref.ref(first, lambda ref, r=r: freed.append(r)))
    del first, cur, node
    # keep the program working until the ring is freed: short-lived cycles, and objects
    # that live long enough to reach the old generation (so that it keeps being examined)
    steps = 0
    while len(freed) <= r and steps < 20 * n:
        x = [steps]
        x.append(x)
        window[steps % 10000] = [steps]
        steps += 1
t1 = time.perf_counter()
pauses.stop()
pauses.report()
print(f"metric: loop {1000 * (t1 - t0):.1f} ms")
print("checksum:", len(live), sorted(freed), live[12345])
