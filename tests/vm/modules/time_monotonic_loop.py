import time
samples = [time.monotonic() for _ in range(1000)]
print(all(b >= a for a, b in zip(samples, samples[1:])))
pc = [time.perf_counter() for _ in range(1000)]
print(all(b >= a for a, b in zip(pc, pc[1:])))
ns = [time.monotonic_ns() for _ in range(100)]
print(all(b >= a for a, b in zip(ns, ns[1:])), all(isinstance(x, int) for x in ns))
start = time.perf_counter()
x = sum(i * i for i in range(200000))
elapsed = time.perf_counter() - start
print(x, elapsed > 0, elapsed < 10)
try:
    time.sleep(-1)
except ValueError as e:
    print("ValueError", e)
