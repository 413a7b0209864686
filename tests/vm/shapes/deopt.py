# Cached attribute sites must notice every change: the class patched mid-loop, an
# attribute deleted mid-loop, a method shadowed by an instance value, __getattr__,
# __getattribute__ and __setattr__ added later, and the type of the object changing.
class P:
    def __init__(self, x):
        self.x = x

    def get(self):
        return self.x


def loads(objs):
    return [o.x for o in objs]


def calls(objs):
    return [o.get() for o in objs]


objs = [P(i) for i in range(6)]
print(loads(objs), calls(objs))
out = []
for i, o in enumerate(objs):
    if i == 3:
        P.get = lambda self: -self.x
    out.append(o.get())
print(out)
out = []
for i, o in enumerate(objs):
    if i == 2:
        del objs[4].x
    out.append(getattr(o, "x", "gone"))
print(out)
objs[4].x = 4

# an instance value shadowing the method, stored in the class's usual order
q = P(1)
q.get = lambda: "own"
print(calls(objs[:2]), q.get(), calls([q, objs[0]]))
r = P(2)
print(calls([objs[1], r]), list(vars(r)))
r.get = lambda: "own too"
print(calls([r, objs[1]]))

print(loads(objs))
P.__getattr__ = lambda self, name: "fallback " + name
print(loads(objs), objs[0].y)
P.__getattribute__ = lambda self, name: "always " + name
print(loads(objs[:2]), calls.__name__)
del P.__getattribute__
del P.__getattr__
print(loads(objs[:3]))


def stores(objs, v):
    for o in objs:
        o.x = v
    return loads(objs)


print(stores(objs, 1))
log = []
P.__setattr__ = lambda self, name, value: log.append((name, value))
print(stores(objs, 2), len(log))
del P.__setattr__
print(stores(objs, 3))
P.x = property(lambda self: "prop", lambda self, v: log.append(v))
print(stores(objs[:2], 4), log[-2:])
del P.x
print(loads(objs[:2]))


class Q(P):
    pass


mixed = [P(1), Q(2), P(3), Q(4)]
print(loads(mixed), calls(mixed), stores(mixed, 9))
for o in mixed:
    o.__class__ = Q if type(o) is P else P
print([type(o).__name__ for o in mixed], loads(mixed), calls(mixed))
big = P(0)
big.a, big.b, big.c = 1, 2, 3
for i in range(40):
    setattr(big, "n%d" % i, i)
print(loads([big, objs[0], big]), calls([big]), len(vars(big)))
