# Freed lists (and their small item arrays) are reused by the next lists: whatever size
# the new list has, it holds exactly its own items, NULL-free and without stale ones.


def churn(sizes):
    out = []
    for n in sizes:
        a = list(range(n))              # filled at once
        b = [None] * n                  # zero-filled then set
        c = a[::-1]                     # extended slice
        d = []                          # empty, then grown by appends
        for i in range(n):
            d.append(i * i)
        e = a[1:n - 1]
        f = [x for x in a if x % 2]
        out.append((len(a), sum(a), b.count(None), c[:2], d[-1:], len(e), f[:3]))
        del a, b, c, d, e, f
    return out


sizes = [0, 1, 2, 16, 17, 3, 40, 1, 0, 8, 15, 16, 9, 100, 2, 33, 5]
print(churn(sizes))
print(churn(sizes[::-1]) == churn(sorted(sizes))[::-1] or "order-dependent?")

# lists dropped mid-way through their life: sorted, cleared, popped, extended
for n in (3, 12, 16, 20):
    x = list(range(n, 0, -1))
    x.sort()
    y = x[:]
    y.clear()
    z = [1, 2, 3]
    z.extend(x)
    w = z[:]
    while w:
        w.pop()
    print(n, x[:4], y, len(z), z[-2:], w)
    del x, y, z, w
    fresh = []
    print(fresh, len(fresh), [] == fresh, list(()) == [])
    fresh += [7] * n
    print(len(fresh), fresh[:2])

# the items of reused arrays are released when their list goes
class Noisy:
    def __init__(self, tag):
        self.tag = tag

    def __del__(self):
        print("del", self.tag)


for k in range(3):
    lst = [Noisy(f"{k}-{i}") for i in range(2)]
    del lst
    print("round", k, [] , list(range(2)))

# sizes do not depend on what the reused lists held before
import sys
big = list(range(16))
del big
print(sys.getsizeof([]) == sys.getsizeof(list()), [].__sizeof__() == list().__sizeof__())
sizes = []
grow = []
for i in range(10):
    grow.append(i)
    sizes.append(grow.__sizeof__())
junk = [list(range(k)) for k in range(20)]
del junk
grow2 = []
sizes2 = []
for i in range(10):
    grow2.append(i)
    sizes2.append(grow2.__sizeof__())
print(sizes == sizes2, [s - sizes[0] for s in sizes])
