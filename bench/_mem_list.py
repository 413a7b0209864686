"""Shared body of mem_list_ints.py and mem_list_none.py: the same work over a list of
n ints, with or without one None in the middle. Both must take the same time and
memory (Spry stores every element as one tagged word either way)."""
import sys
import time


def run(with_none):
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10 ** 6
    t0 = time.perf_counter()
    items = list(range(n))
    if with_none:
        items[n // 2] = None
    t1 = time.perf_counter()
    total = 0
    for _ in range(10):
        for v in items:
            if v is not None:
                total += v
    t2 = time.perf_counter()
    sums = 0
    for _ in range(5):
        sums += sum(v for v in items if v is not None)
    t3 = time.perf_counter()
    ordered = 0
    for k in range(0, n, 50000):   # in chunks: the list itself dominates peak memory
        s = sorted((v for v in items[k:k + 50000] if v is not None), reverse=True)
        ordered += s[0] - s[-1]
    t4 = time.perf_counter()
    print(f"metric: build {1000 * (t1 - t0):.1f} ms")
    print(f"metric: iterate {1000 * (t2 - t1):.1f} ms")
    print(f"metric: sum {1000 * (t3 - t2):.1f} ms")
    print(f"metric: sorted {1000 * (t4 - t3):.1f} ms")
    print("checksum:", total % 1000003, sums % 1000003, ordered)
