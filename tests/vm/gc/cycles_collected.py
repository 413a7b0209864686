# Cycles of containers are freed by gc.collect(), counted, and weakref callbacks fire.
import gc, weakref

gc.collect()

class Node:
    pass

fired = []
a = Node(); b = Node()
a.other = b; b.other = a
wa = weakref.ref(a, lambda w: fired.append("a"))
wb = weakref.ref(b, lambda w: fired.append("b"))
del a, b
print("before collect:", wa() is not None, wb() is not None, fired)
n = gc.collect()
print("collected at least 2:", n >= 2)
print("after collect:", wa(), wb(), sorted(fired))

# self-referencing list and dict
l = []; l.append(l)
d = {}; d["self"] = d
class Holder: pass
h = Holder(); h.items = [l, d]; l.append(h)
wh = weakref.ref(h)
del l, d, h
print(gc.collect() >= 3, wh())

# closures: a function referring to itself through a cell
def make():
    def f():
        return f
    return f
f = make()
wf = weakref.ref(f)
del f
print(gc.collect() >= 1, wf())

# a bound method cycle
class M:
    def meth(self):
        pass
m = M(); m.bound = m.meth
wm = weakref.ref(m)
del m
print(gc.collect() >= 1, wm())

# nothing left: a second collection finds nothing of ours
print(gc.collect())

# a big chain of cycles
objs = []
for i in range(1000):
    x = Node(); y = Node(); x.y = y; y.x = x
    objs.append(weakref.ref(x))
del x, y
gc.collect()
print(sum(1 for r in objs if r() is not None))
