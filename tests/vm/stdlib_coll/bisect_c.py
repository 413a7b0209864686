# _bisect (the C binary search): results, lo/hi/key, non-list sequences and errors.
import bisect
import _bisect
from bisect import bisect_left, bisect_right, insort_left, insort_right

print(bisect.bisect is _bisect.bisect_right, bisect.insort is _bisect.insort_right)
a = [1, 2, 2, 2, 3, 5, 8]
for x in [0, 1, 2, 2.5, 3, 8, 9]:
    print(x, bisect_left(a, x), bisect_right(a, x))
for lo, hi in [(0, None), (2, 5), (3, 3), (5, 2), (0, -1), (6, 7)]:
    print(lo, hi, bisect_left(a, 2, lo, hi), bisect_right(a, 2, lo=lo, hi=hi))
print(bisect_left(a, 2, True), bisect_right(a, 5, hi=False))

recs = [("a", 1), ("b", 3), ("c", 3), ("d", 5)]
k = lambda r: r[1]
print(bisect_left(recs, 3, key=k), bisect_right(recs, 3, key=k), bisect_right(recs, ("b", 3), key=None))
insort_left(recs, ("e", 3), key=k)
insort_right(recs, ("f", 3), key=k)
insort_right(recs, ("g", 0), 0, 2, key=k)
print(recs)

b = []
for v in [5, 1, 4, 1.0, 3, 1, 9]:
    insort_right(b, v)
    insort_left(b, -v)
print(b)

# Sequences that are not lists: indexing and insert() are looked up.
print(bisect_left((1, 3, 5, 7), 4), bisect_right(range(0, 100, 3), 50), bisect_left("acegi", "f"))
class Seq:
    def __init__(self, items):
        self.items = items
        self.log = []
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        self.log.append(i)
        return self.items[i]
    def insert(self, i, x):
        self.log.append(("insert", i, x))
        self.items.insert(i, x)
s = Seq(list(range(0, 40, 2)))
insort_left(s, 13)
print(s.log, s.items[5:9])
class L(list):
    def insert(self, i, x):
        print("L.insert", i, x)
        list.insert(self, i, x)
l = L([1, 3])
insort_right(l, 2)
print(l)

def err(f, *a, **kw):
    try:
        r = f(*a, **kw)
    except Exception as e:
        print(type(e).__name__, e)
    else:
        print("no error", r)

err(bisect_left, a, 1, -1)
err(insort_right, a, 1, -2)
err(bisect_right, [], 1, -5, 3)
err(bisect_left, a, 1, "x")
err(bisect_left, a, 1, 0, "x")
err(bisect_left, a, 1, 0, 2.0)
err(bisect_left, a)
err(bisect_left)
err(bisect_left, a, 1, 0, 3, 4)
err(bisect_right, a, 1, foo=2)
err(bisect_right, a, 1, a=a)
err(insort_left, a, 1, key=3)
err(bisect_left, 3, 1)
err(bisect_left, [1, "x", 3], 2)
err(bisect_right, [1, 2], 1, hi=5)
err(bisect_left, a, 2, 0, 100)
err(insort_left, (1, 2), 1)
print(bisect_right([1, 2], 1, 5), bisect_left([1], 0, hi=-3))
# Too many arguments: total parameters are checked before positional ones.
err(bisect_left, a, 1, 0, 3, None, 5)
err(bisect_left, a, 1, 0, 3, key=None, x=2)
err(bisect_left, a=1, x=1, lo=1, hi=1, key=1, foo=1)
