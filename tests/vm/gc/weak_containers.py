# WeakValueDictionary, WeakKeyDictionary and WeakSet entries vanish with their referents.
import weakref, gc

class V:
    def __init__(self, n): self.n = n
    def __repr__(self): return "V(%d)" % self.n

d = weakref.WeakValueDictionary()
vals = [V(i) for i in range(5)]
for v in vals:
    d[v.n] = v
print(len(d), sorted(d.keys()), d[3], d.get(9, "none"), 2 in d)
del v
del vals[1:3]
print(len(d), sorted(d.keys()))
print(sorted(k for k, v in d.items()), sorted(v.n for v in d.values()))
vals.clear()
print(len(d), list(d))

# entries held only by a cycle vanish at collection
a = V(10); a.me = a
d["cyc"] = a
del a
print("cyc" in d)
gc.collect()
print("cyc" in d, len(d))

print(d.setdefault("k", V(1)) is not None)
x = V(7)
d.update({"x": x})
print(d.pop("x") is x)
try:
    d["missing"]
except KeyError as e:
    print("KeyError", e)

k = weakref.WeakKeyDictionary()
keys = [V(i) for i in range(4)]
for key in keys:
    k[key] = key.n * 10
print(len(k), sorted(k.values()), k[keys[2]], keys[0] in k)
del key
keys.pop()
print(len(k), sorted(v for _, v in k.items()))
del keys
print(len(k))

s = weakref.WeakSet()
items = [V(i) for i in range(3)]
for it in items:
    s.add(it)
print(len(s), items[1] in s, sorted(v.n for v in s))
del it
items.pop(0)
print(len(s))
s2 = weakref.WeakSet(items)
print(s == s2, len(s | s2))
del items
print(len(s), len(s2))
