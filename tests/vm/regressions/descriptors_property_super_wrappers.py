class C:
    def __init__(self): self._x = 1
    @property
    def x(self):
        "x doc"
        return self._x
    @x.setter
    def x(self, v): self._x = v
    @x.deleter
    def x(self): del self._x
    ro = property(lambda self: 5)
    @classmethod
    def cm(cls, a=1): return (cls.__name__, a)
    @staticmethod
    def sm(a=2): return a
c = C()
print(c.x, C.x.__doc__, C.x.fget.__name__, C.x.fset.__name__, C.x.fdel.__name__)
c.x = 3; print(c.x); del c.x
try:
    c.x
except AttributeError as e:
    print(e)
for bad in [lambda: setattr(c, "ro", 1), lambda: delattr(c, "ro"), lambda: property()(1)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(C.cm(), c.cm(5), C.sm(), c.sm(3), C.__dict__["cm"].__func__.__name__, C.__dict__["sm"].__func__.__name__)
print(type(C.__dict__["cm"]).__name__, type(C.__dict__["sm"]).__name__, isinstance(C.x, property), C.ro.__doc__)
p = property(doc="d"); print(p.__doc__, p.fget, p.getter(len).fget is len)
class Sub(C):
    @C.x.getter
    def x(self): return "sub"
print(Sub().x, Sub.x.fset is C.x.fset)
print(C.__dict__["sm"](7), callable(C.__dict__["sm"]), C.__dict__["cm"].__get__(None, Sub)())
print(classmethod(len).__isabstractmethod__, staticmethod(len).__wrapped__ is len)
sm = staticmethod(lambda: 1); sm.attr = 5; print(sm.attr, sm.__dict__)
print(repr(C.__dict__["sm"])[:26], repr(C.__dict__["cm"])[:25])
# super
class A:
    def f(self): return "A.f"
    @classmethod
    def g(cls): return "A.g " + cls.__name__
    @property
    def p(self): return "A.p"
class B(A):
    def f(self): return "B>" + super().f()
    @classmethod
    def g(cls): return "B>" + super().g()
    @property
    def p(self): return "B>" + super().p
print(B().f(), B.g(), B().p, super(B, B()).f(), super(B, B).g(), repr(super(B, B()))[:22])
print(super(B, B()).__self__.__class__.__name__, super(B, B()).__thisclass__.__name__, super(B, B()).__self_class__.__name__)
for bad in [lambda: super(B, 1), lambda: super(1, B()), lambda: super(B, B()).nope, lambda: super()]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
class M(type):
    def __call__(cls, *a): return ("M", super().__call__(*a).__class__.__name__)
class K(metaclass=M): pass
print(K())
class Base:
    def __init_subclass__(cls, **kw):
        super().__init_subclass__()
        cls.kw = kw
class Child(Base, tag=1): pass
print(Child.kw)
# slots/members descriptors
class Sl:
    __slots__ = ("a", "b")
s = Sl(); s.a = 1
print(s.a, type(Sl.a).__name__, Sl.a.__name__, Sl.a.__objclass__.__name__)
try:
    s.b
except AttributeError as e:
    print(e)
try:
    s.c = 1
except AttributeError as e:
    print(e)
print(type(str.upper).__name__, type("".upper).__name__, type(int.real).__name__, type(type.__dict__["__dict__"]).__name__, type(dict.fromkeys).__name__)
print(str.upper.__name__, str.upper.__qualname__, str.upper.__objclass__, repr(str.upper), repr(int.real)[:30])
print(str.upper("a"), str.__dict__["upper"].__get__("b")(), int.real.__get__(5))
for bad in [lambda: str.upper(1), lambda: str.upper(), lambda: int.real.__get__("x"), lambda: str.__dict__["upper"].__get__(None, None)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
for o in [staticmethod(len), classmethod(len)]:
    for a in ["__func__", "__wrapped__"]:
        try:
            setattr(o, a, 1)
        except AttributeError as e:
            print(type(o).__name__, a, e)
def fa(a: int) -> str: pass
print(staticmethod(fa).__annotations__, sorted(classmethod(fa).__dict__))
