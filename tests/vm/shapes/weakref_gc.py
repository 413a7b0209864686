# Weak references to and cycle collection of instances whose attributes are inline
# values; a finalizer reading its own attributes.
import gc
import weakref


class Node:
    def __init__(self, name):
        self.name = name
        self.other = None


events = []
a = Node("a")
w = weakref.ref(a, lambda ref: events.append("callback"))
print(w() is a, w().name, weakref.getweakrefcount(a))
del a
print(w(), events)

for n in range(3):
    x, y = Node("x"), Node("y")
    x.other, y.other = y, x
    wx = weakref.ref(x)
    del x, y
    gc.collect()
    print(n, wx())


class Self:
    def __init__(self):
        self.me = self
        self.data = [1, 2, 3]


ws = [weakref.ref(Self()) for _ in range(5)]
gc.collect()
print([r() for r in ws])

# a cycle through a value stored after the dict was taken over
z = Node("z")
vars(z)["other"] = z
wz = weakref.ref(z)
del z
gc.collect()
print(wz())


class Fin:
    def __init__(self, tag):
        self.tag = tag
        self.log = events

    def __del__(self):
        self.log.append("del " + self.tag)


f = Fin("plain")
del f
g = Fin("cycle")
g.cyc = g
del g
gc.collect()
print(events)
d = weakref.WeakValueDictionary()
keep = [Node(i) for i in range(4)]
for k in keep:
    d[k.name] = k
del keep[1:3]
gc.collect()
print(sorted(d.keys()), hasattr(Node("q"), "__weakref__"))
