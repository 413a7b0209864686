# Attribute order of instances under many insertion and deletion orders: the dict order
# seen through vars() must be CPython's whatever the storage behind it.
class P:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z


def show(label, o):
    print(label, list(vars(o).items()))


a = P(1, 2, 3)
show("common", a)
b = P(4, 5, 6)
b.w = 7                      # one past the common order
show("extra", b)
c = P(7, 8, 9)
del c.z                      # last one
show("del last", c)
c.z = 10
show("re-add last", c)
d = P(1, 2, 3)
del d.x                      # first one
show("del first", d)
d.x = 11
show("re-add first", d)
e = P(1, 2, 3)
del e.y
e.q = 0
e.y = 5
show("del middle", e)

# out of the common order: the class's usual order is x, y, z
f = P.__new__(P)
f.z = 1
f.x = 2
f.y = 3
show("reversed", f)
g = P.__new__(P)
g.y = 1
show("y only", g)
g.x = 2
show("then x", g)
h = P.__new__(P)
show("empty", h)
h.x = 1
h.x = 2
show("overwrite", h)


class Many:
    def __init__(self, n):
        for i in range(n):
            setattr(self, "a%d" % i, i)


for n in (0, 1, 5, 29, 30, 31, 45):
    m = Many(n)
    names = list(vars(m))
    print(n, len(names), names[:3], names[-2:], sum(vars(m).values()))
m = Many(40)
for i in range(0, 40, 3):
    delattr(m, "a%d" % i)
print(list(vars(m))[:6], len(vars(m)))

# instances built while the class's usual order changes
class Q:
    pass


qs = []
for i in range(6):
    q = Q()
    for name in (["a", "b", "c"] if i % 2 else ["c", "b", "a"]):
        setattr(q, name, i)
    qs.append(q)
for q in qs:
    print(list(vars(q)), q.a, q.b, q.c)
print(hasattr(a, "w"), getattr(b, "w"), getattr(c, "nope", "dflt"))
try:
    del h.y
except AttributeError as exc:
    print("AttributeError", exc)
try:
    h.missing
except AttributeError as exc:
    print("AttributeError", exc)
