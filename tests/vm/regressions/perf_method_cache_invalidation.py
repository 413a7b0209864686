# The per-type method cache must see every change to a class or its bases.
class Base:
    def f(self):
        return "base"
    x = 1

class Mid(Base):
    pass

class Leaf(Mid):
    pass

o = Leaf()
for _ in range(3):
    print(o.f(), o.x, Leaf.x)
Base.f = lambda self: "patched"
Base.x = 2
print(o.f(), o.x, Leaf.x)
Mid.f = lambda self: "mid"
print(o.f())
del Mid.f
print(o.f())
del Base.x
try:
    o.x
except AttributeError as e:
    print("AttributeError", e)
setattr(Base, "x", 5)
print(o.x, getattr(Leaf, "x"))

# __bases__ assignment
class Other:
    def f(self):
        return "other"
    x = 9
class A:
    pass
class B(A):
    pass
b = B()
print(hasattr(b, "f"))
B.__bases__ = (Other,)
print(b.f(), b.x)

# instance attribute shadows a method only for that instance
class C:
    def m(self):
        return "method"
c1, c2 = C(), C()
c1.m = lambda: "instance"
print(c1.m(), c2.m())
del c1.m
print(c1.m())

# a finalizer that looks the name up while the old value is being replaced
class Holder:
    pass
class Fin:
    def __del__(self):
        print("del sees", type(Holder.__dict__.get("attr")).__name__, Holder.attr)
Holder.attr = Fin()
Holder.attr = 42
print(Holder.attr)

# data descriptors on the type win over the instance dict
class P:
    @property
    def v(self):
        return "prop"
p = P()
p.__dict__["v"] = "dict"
print(p.v)
P.v = "plain"
print(p.v)

# many classes and names (cache collisions)
classes = [type("K%d" % i, (), {"a%d" % j: i * 100 + j for j in range(20)}) for i in range(60)]
total = 0
for k in classes:
    inst = k()
    for j in range(20):
        total += getattr(inst, "a%d" % j)
print(total)
classes[3].a5 = -1
print(getattr(classes[3](), "a5"))

# str subclass keys in instance dicts
class S(str):
    pass
class D:
    pass
d = D()
d.__dict__[S("name")] = "via subclass key"
print(d.name)
d.name = "replaced"
print(d.name, len(d.__dict__))

# attributes deleted and re-added keep working with the dict index hints
class E:
    def __init__(self):
        self.a = 1
        self.b = 2
        self.c = 3
es = [E() for _ in range(5)]
del es[2].a
es[2].a = 10
del es[3].b
print([(e.a, getattr(e, "b", None), e.c) for e in es])
g = {"zz": 1}
exec("def rd():\n    return zz", g)
for i in range(3):
    g["zz"] = i
    print(g["rd"]())
del g["zz"]
try:
    g["rd"]()
except NameError as e:
    print("NameError", e)
