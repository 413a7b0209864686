# Instance layouts next to inline values: __slots__ together with __dict__, __class__
# assignment between compatible classes, and subclasses storing in other orders.
class S:
    __slots__ = ("a", "__dict__")

    def __init__(self):
        self.a = 1
        self.b = 2
        self.c = 3


s = S()
print(s.a, vars(s), hasattr(S, "__weakref__"))
del s.a
print(hasattr(s, "a"), vars(s))


class A:
    def __init__(self):
        self.x = 1
        self.y = 2

    def who(self):
        return "A"


class B:
    def __init__(self):
        self.y = 10
        self.x = 20

    def who(self):
        return "B"


a = A()
a.__class__ = B
print(a.who(), vars(a), a.x, a.y)
a.z = 3
print(list(vars(a)))
b = B()
b.__class__ = A
b.w = 1
print(b.who(), list(vars(b)), b.x)
for i in range(3):
    o = A() if i % 2 else B()
    o.__class__ = A
    print(o.who(), list(vars(o)), o.x + o.y)


class Base:
    def __init__(self):
        self.base1 = 1
        self.base2 = 2


class Sub1(Base):
    def __init__(self):
        self.sub = 0
        super().__init__()


class Sub2(Base):
    def __init__(self):
        super().__init__()
        self.sub = 0


class Slotted(Base):
    __slots__ = ("extra",)

    def __init__(self):
        self.extra = "e"
        super().__init__()
        self.more = 3


for cls in (Base, Sub1, Sub2, Slotted, Sub1, Sub2, Slotted):
    o = cls()
    print(cls.__name__, list(vars(o)), o.base1 + o.base2)
sl = Slotted()
print(sl.extra, sl.more, "extra" in vars(sl))
try:
    sl.__class__ = Base
except TypeError as exc:
    print("TypeError", exc)


class NoDict:
    __slots__ = ("p",)


nd = NoDict()
try:
    nd.q = 1
except AttributeError as exc:
    print("AttributeError", exc)
try:
    vars(nd)
except TypeError as exc:
    print("TypeError", exc)


class T(tuple):
    pass


tt = T((1, 2))
tt.k = 5
print(tt, vars(tt))
