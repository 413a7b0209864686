# What wins between the class and the instance's own values: data descriptors beat
# instance values, instance values beat non-data descriptors and plain class attributes.
class Data:
    def __get__(self, obj, cls):
        return "data-get" if obj is not None else self

    def __set__(self, obj, value):
        print("data-set", value)


class NonData:
    def __get__(self, obj, cls):
        return "nondata-get"


class C:
    d = Data()
    n = NonData()
    k = "class-k"

    def __init__(self):
        self.n = "inst-n"
        self.k = "inst-k"

    @property
    def p(self):
        return "prop"


c = C()
print(c.d, c.n, c.k, c.p)
c.__dict__["d"] = "inst-d"
c.__dict__["p"] = "inst-p"
print(c.d, c.p, sorted(vars(c)))
c.d = 5
try:
    c.p = 1
except AttributeError as exc:
    print("AttributeError", exc)
del c.n
print(c.n)
del c.k
print(c.k)

# a class attribute default, then an instance value of the same name
class Counter:
    count = 0

    def bump(self):
        self.count += 1
        return self.count


ctr = Counter()
print([ctr.bump() for _ in range(4)], Counter.count, vars(ctr))


# a descriptor added to the class after instances stored values
class Late:
    def __init__(self, v):
        self.v = v


objs = [Late(i) for i in range(4)]
seen = []
for i, o in enumerate(objs):
    if i == 2:
        Late.v = property(lambda self: "property")
    seen.append(o.v)
print(seen)
del Late.v
print([o.v for o in objs])
Late.v = NonData()
print([o.v for o in objs])


class Slots:
    __slots__ = ("s",)


class Both(Slots):
    def __init__(self):
        self.s = 1
        self.t = 2


bo = Both()
print(bo.s, bo.t, vars(bo))
