# mutation during iteration
l = [1, 2, 3]
try:
    for x in l:
        if x < 10: l.append(x + 10)
        if len(l) > 8: break
except Exception as e:
    print(type(e).__name__, e)
print(l)
d = {1: 1, 2: 2}
for bad in [lambda: [d.__setitem__(k + 10, 0) for k in d], lambda: [d.pop(k) for k in d]]:
    try:
        bad()
    except RuntimeError as e:
        print(e)
d = {1: 1, 2: 2}
try:
    for k in d:
        d[k] = 5   # changing values is fine
    print(d)
except RuntimeError as e:
    print(e)
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print(e)
s = {1, 2, 3}
try:
    for x in s:
        s.discard(x); s.add(x)   # same size
    print("set same size ok")
except RuntimeError as e:
    print(e)
l = [3, 1, 2]
def key(x):
    l.append(x)
    return x
try:
    l.sort(key=key)
except ValueError as e:
    print(e)
print(l)
l = [1, 2, 3]
it = iter(l); next(it); l.clear(); print(list(it))
l = [1, 2, 3]; it = reversed(l); next(it); l.pop(); l.pop(); print(list(it))
l = [1, 2, 3]; it = reversed(l); l.clear(); print(list(it))
# list.remove / index / count with __eq__ that mutates
class Evil:
    def __eq__(self, other):
        l.clear()
        return False
l = [1, 2, Evil(), 4]
try:
    l.remove(5)
except ValueError as e:
    print(e)
print(l)
l = [Evil(), 1, 2]
print(l.count(3), l)
# huge and empty containers
print([] * 10, [0] * 0, [[]] * 3, () * 5, "" * 1000, b"" * 10)
try:
    [0] * (2 ** 62)
except MemoryError:
    print("MemoryError")
try:
    "ab" * (2 ** 62)
except (MemoryError, OverflowError) as e:
    print(type(e).__name__)
try:
    [0] * (2 ** 64)
except OverflowError as e:
    print(e)
try:
    "x" * (2 ** 64)
except OverflowError as e:
    print(e)
big = list(range(100000)); big.reverse(); big.sort(); print(big[:3], big[-1], len(big))
print(sorted(set(range(1000))) == list(range(1000)), len({i: i for i in range(100000)}))
print(max([]) if False else max([], default=None), min((), default=1), sum([]), any([]), all([]))
for f in [lambda: max([]), lambda: min(()), lambda: [].pop(), lambda: {}.popitem(), lambda: set().pop(), lambda: [].index(1), lambda: ().index(1), lambda: "".index("a"), lambda: [1].pop(5), lambda: [].remove(0), lambda: dict().pop(1), lambda: bytearray().pop(), lambda: list.pop([], "x"), lambda: [1][1], lambda: (1,)[-2], lambda: "a"[5], lambda: b"a"[5], lambda: range(3)[5]]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
# slices
l = list(range(10))
l[2:5] = "ab"; print(l)
l[::2] = range(len(l[::2])); print(l)
try:
    l[::2] = [1]
except ValueError as e:
    print(e)
del l[::3]; print(l)
l[5:2] = [9]; print(l)
l[-100:100] = []; print(l)
l = [1, 2, 3]; l[1:1] = l; print(l)
l = [1, 2, 3]; l += l; print(l); l *= 2; print(len(l)); l *= 0; print(l)
t = (1, 2, 3); print(t[::-1], t[10:], t[-10:1], t[::2], t[slice(None, None, -2)])
try:
    l[::0]
except ValueError as e:
    print(e)
print("abcdef"[::-2], "abcdef"[-2:], b"abcdef"[1::2], bytearray(b"abc")[::-1], range(10)[::-3], range(10)[2:5][1])
