# A polymorphic attribute site (several classes whose instances keep `x` inline) keeps the
# last two classes in the instruction. Each way their answer can go stale must be seen:
# a property or class attribute added later, the instance attribute deleted, __class__
# reassigned, the instance moved to a dict of its own, a base class changed, and a third
# and fourth class pushing the older entries out.


class A:
    def __init__(self, v):
        self.x = v


class B:
    def __init__(self, v):
        self.pad = 0
        self.x = v


class C:
    def __init__(self, v):
        self.a = self.b = 0
        self.x = v


class Base:
    pass


class D(Base):
    def __init__(self, v):
        self.q = 1
        self.x = v


def xs(objs):
    out = []
    for o in objs:
        try:
            out.append(o.x)
        except AttributeError as e:
            out.append("AttributeError: %s" % e)
    return out


objs = [A(1), B(2)] * 20
print(sum(xs(objs)))

B.x = property(lambda self: "B-prop")
print(xs(objs)[:4])
del B.x
print(xs(objs)[:4])

a = A(10)
b = B(20)
mix = [a, b] * 20
print(xs(mix)[:2])
del a.x
print(xs(mix)[:2])
A.x = "class-level"
print(xs(mix)[:2])
del A.x
a.x = 11
print(xs(mix)[:2])

b.__class__ = A
print(xs(mix)[:2], type(b).__name__)

c = C(30)
cs = [c, A(5)] * 20
print(xs(cs)[:2])
c.__dict__["x"] = "via dict"
for i in range(40):
    setattr(c, "extra%d" % i, i)
print(xs(cs)[:2], c.extra39)

d = D(40)
many = [A(1), B(2), C(3), d] * 15
print(xs(many)[-4:])
Base.x = property(lambda self: "base-prop")
print(xs(many)[-4:])
del Base.x
print(xs(many)[-4:])
