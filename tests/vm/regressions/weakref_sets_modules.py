# Sets, frozensets and modules can be weakly referenced, as in CPython.
import weakref, gc, math

s = {1, 2, 3}
r = weakref.ref(s, lambda ref: print("set gone"))
print(r() == {1, 2, 3})
del s
gc.collect()
print(r())

fs = frozenset("ab")
rf = weakref.ref(fs)
print(sorted(rf()))
ws = weakref.WeakSet()
class Item: pass
a, b = Item(), Item()
ws.add(a); ws.add(b)
print(len(ws))
del a
print(len(ws))
print(weakref.ref(math)() is math)
class MySet(set): pass
m = MySet([1])
print(weakref.ref(m)() == {1})
