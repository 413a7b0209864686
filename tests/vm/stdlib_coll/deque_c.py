# collections.deque (the C _collections.deque): API, errors, mutation checks, repr,
# comparisons, operators, pickle/copy, weakrefs, GC and subclassing.
import collections
import copy
import gc
import pickle
import weakref
from collections import deque

print(deque is collections.deque, deque.__module__, deque.__name__)
d = deque()
for i in range(20):
    d.append(i)
    d.appendleft(-i)
print(d, len(d), bool(d), bool(deque()))
print(d.pop(), d.popleft(), d[0], d[-1], d[5], d[-5])
d.extend(range(3))
d.extendleft("ab")
print(list(d)[:5], list(d)[-5:])
d.rotate(3)
print(list(d)[:4])
d.rotate(-5)
print(list(d)[:4])
d.rotate()
d.rotate(1000003)
print(list(d)[:4], d.count(0), d.count("a"), d.index(1), d.index(1, 20), d.index(1, -10, -1))
d.insert(2, "X")
d.insert(-1, "Y")
d.insert(1000, "Z")
d.insert(-1000, "W")
print(list(d)[:5], list(d)[-4:])
d.remove("X")
del d[0]
del d[-2]
d[3] = "S"
d[-1] = "E"
print(list(d)[:5], list(d)[-3:], "Y" in d, "X" in d)
d.reverse()
print(list(d)[:5])
print(list(reversed(deque(range(5)))), list(reversed(deque())))
c = d.copy()
print(c == d, c is d, type(c).__name__, copy.copy(d) == d, copy.deepcopy(deque([[1], [2]])))
d.clear()
print(d, len(d))

# maxlen
m = deque(range(10), maxlen=3)
print(m, m.maxlen, deque().maxlen, deque(maxlen=0))
m.append(10)
m.appendleft(-1)
print(m)
m.extend(range(100, 105))
print(m)
m.extendleft("xyz")
print(m)
z = deque(maxlen=0)
z.append(1)
z.extend([1, 2])
print(z, len(z))
m2 = deque([1, 2, 3], maxlen=5)
m2 *= 2
print(m2)
m3 = deque([1, 2, 3], maxlen=5)
m3 *= 100
print(m3)
m4 = deque([1, 2, 3], maxlen=7)
print(m4 * 3, 3 * m4, m4 * 0, m4 * -1, m4 * 1)
print(deque("ab") + deque("cd"), deque([1]) + deque([2], maxlen=1))
e = deque([1])
e += [2, 3]
e += e
print(e)
e *= 2
print(e, len(e))
e *= 0
print(e)
d = deque(range(4))
d.extend(d)
d.extendleft(d)
print(d)

# repr
r = deque([1, "two", (3,)])
r.append(r)
print(repr(r), str(deque([r])).count("[...]"))
class Sub(deque):
    pass
s = Sub([1, 2], 5)
print(repr(s), repr(Sub()), type(s.copy()).__name__, s.copy().maxlen)
s.attr = "kept"
print(type(copy.copy(s)).__name__, copy.copy(s), copy.copy(s).maxlen)
print(isinstance(s, deque), issubclass(Sub, deque), Sub.__mro__[1] is deque)

# comparisons
print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) != deque([1, 3]), deque([1, 2]) < deque([1, 3]),
      deque([1, 2]) <= deque([1, 2]), deque([2]) > deque([1, 9]), deque([1]) >= deque([1, 0]))
print(deque([1]) == [1], deque() == (), deque([1, 2], maxlen=2) == deque([1, 2]))

# pickle / reduce
for obj in (deque([1, 2, 3]), deque("abc", maxlen=2), deque()):
    r2 = obj.__reduce__()
    print(r2[0].__name__, r2[1], r2[2], list(r2[3]))
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        back = pickle.loads(pickle.dumps(obj, proto))
        assert back == obj and back.maxlen == obj.maxlen, (proto, back)
print(pickle.loads(pickle.dumps(s)), pickle.loads(pickle.dumps(s)).attr)

# generics, hashing, weakrefs, GC
print(deque[int], deque[int].__origin__ is deque)
try:
    hash(deque())
except TypeError as ex:
    print("TypeError", ex)
w = deque([1])
ref = weakref.ref(w)
print(ref() is w)
del w
print(ref())
cyc = deque()
cyc.append(cyc)
wr = weakref.ref(cyc)
del cyc
gc.collect()
print("cycle collected", wr() is None)
print(gc.is_tracked(deque()))

def err(f, *a, **k):
    try:
        r3 = f(*a, **k)
    except Exception as ex:
        print(type(ex).__name__, ex)
    else:
        print("no error", r3)

err(deque().pop)
err(deque().popleft)
err(deque, maxlen=-1)
err(deque, [], "x")
err(deque, 1)
err(deque, [], 1, 2)
err(deque, foo=1)
err(deque([1]).__getitem__, 1)
err(deque([1]).__getitem__, -2)
err(lambda: deque([1])["a"])
err(lambda: deque([1])[0:1])
err(deque([1]).__setitem__, 5, 0)
err(deque([1]).__delitem__, 5)
err(deque([1, 2]).index, 3)
err(deque([1, 2]).index, 1, 1)
err(deque([1, 2]).remove, 3)
err(deque([1], maxlen=1).insert, 0, 2)
err(lambda: deque() + [1])
err(lambda: deque() * "a")
err(lambda: deque().rotate("a"))
err(deque().append)
err(deque().append, 1, 2)
err(deque().pop, 1)
err(deque().extend, 5)
dq = deque([1])
for f in (lambda: dq.rotate(1, 2), lambda: dq.index(), lambda: dq.index(1, 2, 3, 4), lambda: dq.insert(1),
          lambda: dq.insert("a", 1), lambda: dq.count(), lambda: dq.extendleft(), lambda: dq.copy(1),
          lambda: dq.reverse(1), lambda: dq.clear(1), lambda: dq.__reduce__(1), lambda: dq.__reversed__(1),
          lambda: dq.append(x=1), lambda: dq.rotate(x=1), lambda: dq.__copy__(1), lambda: dq.index(1, "a"),
          lambda: dq.insert(x=1), lambda: dq.remove(), lambda: dq.popleft(1)):
    err(f)

# mutation during iteration and comparisons
d = deque(range(5))
it = iter(d)
next(it)
d.append(9)
err(next, it)
d = deque(range(5))
rit = reversed(d)
d.popleft()
err(next, rit)
class Mut:
    def __init__(self, dq):
        self.dq = dq
    def __eq__(self, other):
        self.dq.append(0)
        return False
d = deque([1, 2])
err(d.count, Mut(d))
d = deque([1, 2])
err(d.index, Mut(d))
d = deque([1, 2])
err(d.remove, Mut(d))
d = deque([1, 2])
err(lambda: Mut(d) in d)
it = iter(deque([1, 2, 3]))
print(it.__length_hint__(), next(it), it.__length_hint__(), list(it), it.__length_hint__())
print(type(iter(deque())).__name__, type(reversed(deque())).__name__)
