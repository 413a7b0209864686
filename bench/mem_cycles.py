# Memory benchmark (d): build and drop 10**6 two-object cycles; the cycle collector
# must keep peak memory flat. The checksum counts the weakref callbacks that fired
# (every pair must be collected by the end).
import gc
import sys
import time
import weakref


class Node:
    def __init__(self, payload):
        self.payload = payload
        self.other = None


n = int(sys.argv[1]) if len(sys.argv) > 1 else 10 ** 6
freed = [0]


def on_free(ref):
    freed[0] += 1


t0 = time.perf_counter()
refs = []
for i in range(n):
    a = Node(i)
    b = Node(-i)
    a.other = b
    b.other = a
    if i % 1000 == 0:
        refs.append(weakref.ref(a, on_free))
del a, b
t1 = time.perf_counter()
gc.collect()
print(f"metric: build {1000 * (t1 - t0):.1f} ms")
print("checksum:", len(refs), freed[0], sum(r() is None for r in refs))
