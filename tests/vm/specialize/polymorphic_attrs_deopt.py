# Attribute and method sites that see several classes (the polymorphic forms and their
# per-class routes): every change to a class or an instance mid-loop behaves as CPython.


class Base:
    kind = "base"
    limit = 10

    def __init__(self, v):
        self.v = v

    def step(self):
        return self.v + 1


class A(Base):
    kind = "a"

    def step(self):
        return self.v * 2


class B(Base):
    limit = 20


class C(Base):
    __slots__ = ()


class S:
    __slots__ = ("v",)
    kind = "slots"
    limit = 5

    def __init__(self, v):
        self.v = v

    def step(self):
        return -self.v


def run(objs):
    out = []
    for o in objs:
        out.append((o.kind, o.limit, o.v, o.step()))
    return out


objs = [A(1), B(2), Base(3), S(4), C(5)] * 40
for rnd in range(8):
    if rnd == 2:
        A.limit = 99                        # a new class attribute in a subclass
    if rnd == 3:
        Base.kind = "changed"               # a plain value replaced
    if rnd == 4:
        objs[1].kind = "own"                # an instance shadows the class attribute
        objs[1].step = lambda: "instance method"
    if rnd == 5:
        B.step = lambda self: ("patched", self.v)   # a method added to a subclass
        del A.kind
    if rnd == 6:
        S.limit = property(lambda self: "prop")     # a plain value becomes a property
        Base.counter = 0
    if rnd == 7:
        del objs[1].kind
        Base.step = Base.step                        # the same function stored again
    r = run(objs)
    print(rnd, r[:5], r[-5:])

# A class counter bumped on every instantiation while a polymorphic site reads another
# class attribute and instance values.
class Entity:
    made = 0
    speed = 1

    def __init__(self):
        Entity.made += 1
        self.id = Entity.made


class Fast(Entity):
    speed = 3


class Slow(Entity):
    pass


total = 0
for i in range(300):
    e = (Fast if i % 3 else Slow)()
    total += e.speed * 1000 + e.id
print(total, Entity.made, Fast.made)

# An attribute missing on some instances: AttributeError from the polymorphic site.
class P:
    pass


class Q:
    pass


items = []
for i in range(60):
    o = P() if i % 2 else Q()
    if i % 5:
        o.x = i
    items.append(o)
got = []
for o in items:
    try:
        got.append(o.x)
    except AttributeError as e:
        got.append(str(e))
print(got[:12], len(got))

# A class attribute read through the class while it keeps changing (a counter), is
# deleted and set again, shadowed in a subclass, and turned into a staticmethod.
class K:
    n = 0


class K2(K):
    pass


vals = []
for i in range(120):
    K.n += 1
    vals.append((K.n, K2.n))
    if i == 50:
        K.n = 1000
    if i == 70:
        del K.n
        K.n = 5
    if i == 90:
        K2.n = -1
    if i == 100:
        del K2.n
print(vals[48:54], vals[68:74], vals[88:94], vals[-3:])
