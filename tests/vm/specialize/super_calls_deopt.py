# super() calls at hot sites (the super object made straight from the frame, methods
# found after the class without a bound method): every kind of attribute and every
# change mid-loop behaves as CPython.


class Base:
    label = "base-label"

    def __init__(self, v):
        self.v = v

    def step(self, k):
        return self.v + k

    @classmethod
    def make(cls, v):
        return (cls.__name__, v)

    @staticmethod
    def helper(x):
        return x * 10

    @property
    def prop(self):
        return "prop of %d" % self.v


class Mid(Base):
    pass


class Leaf(Mid):
    def __init__(self, v):
        super().__init__(v * 2)

    def step(self, k):
        return ("leaf", super().step(k))

    def all_kinds(self):
        return (super().make(self.v), super().helper(self.v), super().prop,
                super().label, super().__class__.__name__)

    @classmethod
    def make(cls, v):
        return ("leaf", super().make(v))


out = []
for i in range(40):
    x = Leaf(i)
    out.append(x.step(1))
    if i == 20:
        Mid.step = lambda self, k: ("mid", self.v - k)    # a method appears in between
    if i == 30:
        del Mid.step
    if i == 35:
        Base.step = lambda self, k: "replaced"
print(out[18:24], out[28:33], out[-3:])
print([Leaf(i).all_kinds() for i in range(3)])
print([Leaf.make(i) for i in range(3)])


class Odd:
    def first_deleted(self):
        del self
        return super().__repr__()

    def nested(self):
        def inner():
            return super().__repr__()
        return inner()


for meth in (Odd().first_deleted, Odd().nested):
    for i in range(3):
        try:
            meth()
        except (RuntimeError, TypeError, UnboundLocalError) as e:
            res = (type(e).__name__, str(e))
    print(res)


class WithInit:
    def __init__(self):
        super().__init__()
        self.ok = True


print(all(WithInit().ok for i in range(50)))


class Shadow(Base):
    def step(self, k):
        return super().step(k) * 2


s = Shadow(3)
s.step = lambda k: "instance attr"   # shadows on the instance, not through super()
print(s.step(1), Shadow.step(s, 1), [Shadow(i).step(i) for i in range(4)])
