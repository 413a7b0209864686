# heapq.merge: stability, key, reverse, empty and uneven inputs, laziness.
import heapq
import random

rng = random.Random(7)
runs = [sorted(rng.randrange(50) for _ in range(rng.randrange(0, 30))) for _ in range(40)]
print(list(heapq.merge(*runs)) == sorted(x for r in runs for x in r))
print(list(heapq.merge(*runs))[:15])
rev = [sorted(r, reverse=True) for r in runs]
print(list(heapq.merge(*rev, reverse=True)) == sorted((x for r in runs for x in r), reverse=True))

# Stability: equal keys come out in input order.
a = [(1, "a0"), (2, "a1"), (2, "a2")]
b = [(1, "b0"), (2, "b1")]
c = [(0, "c0"), (2, "c1")]
print([t[1] for t in heapq.merge(a, b, c, key=lambda t: t[0])])
print([t[1] for t in heapq.merge(a[::-1], b[::-1], c[::-1], key=lambda t: t[0], reverse=True)])
print(list(heapq.merge()), list(heapq.merge([], [], [])), list(heapq.merge([], [3, 4], [])))
print(list(heapq.merge("ace", "bd", "")), list(heapq.merge([5], [1, 2, 3, 4, 6, 7])))
print(list(heapq.merge(["bb", "a"], ["ccc", "dd"], key=len, reverse=True)))

def gen(name, items):
    for x in items:
        print("  next", name, x)
        yield x
m = heapq.merge(gen("p", [1, 4]), gen("q", [2, 3]))
print(next(m))
print(next(m))
print(list(m))

class Bad:
    def __lt__(self, other):
        raise ValueError("no order")
try:
    list(heapq.merge([Bad()], [Bad()]))
except ValueError as e:
    print("ValueError", e)
