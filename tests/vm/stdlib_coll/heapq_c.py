# _heapq (the C heap primitives): results, exact heap layouts, errors and mutation checks.
import heapq
import random
import _heapq

rng = random.Random(12345)

# Layouts must match CPython's exactly (same sift algorithm), small and large heaps.
for n in (0, 1, 2, 3, 10, 100, 2600, 10000):
    data = [rng.randrange(1000) for _ in range(n)]
    h = list(data)
    heapq.heapify(h)
    print(n, h[:12], sum(i * v for i, v in enumerate(h)))
    m = list(data)
    _heapq._heapify_max(m)
    print("max", m[:12], sum(i * v for i, v in enumerate(m)))
    out = [heapq.heappop(h) for _ in range(min(n, 20))]
    print("pops", out, h[:8])
    mo = [_heapq._heappop_max(m) for _ in range(min(n, 10))]
    print("maxpops", mo, m[:8])

h = []
for v in [5, 3, 8, 1, 9, 2, 7, 3, 3]:
    heapq.heappush(h, v)
    print("push", v, h)
print("replace", heapq.heapreplace(h, 6), h)
print("pushpop small", heapq.heappushpop(h, 0), h)
print("pushpop big", heapq.heappushpop(h, 10), h)
print("pushpop empty", heapq.heappushpop([], 4))
m = [9, 5, 8, 1]
print("replace_max", _heapq._heapreplace_max(m, 2), m)
print("sorted via heap", [heapq.heappop(h) for _ in range(len(h))])
print(heapq.heappush is _heapq.heappush, heapq.heappop is _heapq.heappop)

# Tuples and stable (priority, counter) entries.
pq = []
for i, name in enumerate("delta alpha charlie bravo echo".split()):
    heapq.heappush(pq, (len(name), i, name))
print([heapq.heappop(pq)[2] for _ in range(len(pq))])

# list subclasses are accepted
class L(list):
    pass
s = L([4, 2, 6, 1])
heapq.heapify(s)
print(type(s).__name__, list(s))

def err(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__, e)
    else:
        print("no error", r)

err(heapq.heappop, [])
err(heapq.heapreplace, [], 1)
err(_heapq._heappop_max, [])
err(_heapq._heapreplace_max, [], 1)
err(heapq.heappush, None, 1)
err(heapq.heappush, (1,), 1)
err(heapq.heappop, None)
err(heapq.heappop, "abc")
err(heapq.heapify, {})
err(heapq.heapreplace, 3, 1)
err(heapq.heappushpop, 3, 1)
err(_heapq._heapify_max, 3)
err(_heapq._heappop_max, 3)
err(_heapq._heapreplace_max, 3, 1)
err(heapq.heappush, [])
err(heapq.heappush, [], 1, 2)
err(heapq.heapreplace, [1])
err(heapq.heappushpop, [1], 2, 3)
err(heapq.heappop)
err(heapq.heapify, [], [])
err(heapq.heappush, [], 1, item=2)

# Comparison errors propagate
h = [1, 2]
err(heapq.heappush, h, "x")
print(h)
h = [3, "a", 1]
err(heapq.heapify, h)

# A __lt__ that mutates the heap
class Evil:
    def __init__(self, heap, v):
        self.heap = heap
        self.v = v
    def __lt__(self, other):
        self.heap.clear()
        return NotImplemented if False else self.v < getattr(other, "v", other)

h = []
h.extend(Evil(h, v) for v in [5, 4, 3, 2, 1])
err(heapq.heapify, h)
h = []
h.extend(Evil(h, v) for v in [1, 2, 3])
err(heapq.heappush, h, Evil(h, 0))
h = []
h.extend(Evil(h, v) for v in [1, 2, 3])
err(heapq.heappop, h)
h = []
h.extend(Evil(h, v) for v in [1, 2, 3])
err(heapq.heappushpop, h, Evil(h, 9))

class Grow:
    def __init__(self, heap, v):
        self.heap = heap
        self.v = v
    def __lt__(self, other):
        self.heap.append(0)
        return self.v < other.v
h = []
h.extend(Grow(h, v) for v in [3, 1, 2])
err(heapq.heapify, h)
print(len(h))

# heappushpop: top is not less than item -> item returned untouched
print(heapq.heappushpop([1, 2], 1), heapq.heappushpop([2.5], 2))
# merge / nsmallest / nlargest still work on top of the C primitives
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])))
print(heapq.nsmallest(3, [5, 1, 4, 2, 3]), heapq.nlargest(2, [5, 1, 4, 2, 3]))
