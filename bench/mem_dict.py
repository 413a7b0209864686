# Memory benchmark (b): a dict of 10**6 int -> int, built, probed and iterated.
import sys
import time

n = int(sys.argv[1]) if len(sys.argv) > 1 else 10 ** 6
t0 = time.perf_counter()
d = {i: i * 3 for i in range(n)}
t1 = time.perf_counter()
hits = 0
for i in range(0, 2 * n, 3):
    if i in d:
        hits += d[i]
t2 = time.perf_counter()
total = sum(d.values()) + sum(k for k in d)
print(f"metric: build {1000 * (t1 - t0):.1f} ms")
print(f"metric: probe {1000 * (t2 - t1):.1f} ms")
print("checksum:", len(d), hits % 1000003, total % 1000003)
