# Memory benchmark (c): 10**6 instances of a small class with three attributes.
# Target: peak RSS <= 0.6x CPython 3.11's.
import sys
import time


class Point:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z


n = int(sys.argv[1]) if len(sys.argv) > 1 else 10 ** 6
t0 = time.perf_counter()
points = [Point(i, i + 1, i + 2) for i in range(n)]
t1 = time.perf_counter()
total = 0
for p in points:
    total += p.x + p.y * 2 + p.z * 3
t2 = time.perf_counter()
print(f"metric: build {1000 * (t1 - t0):.1f} ms")
print(f"metric: read {1000 * (t2 - t1):.1f} ms")
print("checksum:", len(points), total % 1000003)
