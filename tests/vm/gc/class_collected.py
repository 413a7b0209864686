# Classes defined in a function and dropped are collected by gc.collect(): their MRO
# tuple and the __class__ cell of methods using super() refer back to them (cycles).
import gc
import weakref

fired = []


def make(kind):
    class Base:
        def hello(self):
            return "base"

    class Mixin:
        def hello(self):
            return "mixin+" + super().hello()

    if kind == "single":
        class C(Base):
            def hello(self):
                return "C+" + super().hello()
    elif kind == "multiple":
        class C(Mixin, Base):
            def hello(self):
                return "C+" + super().hello()
    else:
        C = type("C", (Mixin, Base), {"x": 1})
    obj = C()
    print(kind, obj.hello(), [k.__name__ for k in C.__mro__])
    print(kind, "subclasses of Base:", [k.__name__ for k in Base.__subclasses__()])
    return [weakref.ref(k, lambda r, n=kind + "." + k.__name__: fired.append(n))
            for k in (C, Mixin, Base)]


for kind in ("single", "multiple", "type()"):
    refs = make(kind)
    gc.collect()
    print(kind, "alive after collect:", [r() is not None for r in refs])
print(sorted(fired))


# A subclass list handed out by __subclasses__() keeps its classes alive.
def subclasses_kept():
    class A:
        pass

    class B(A):
        pass

    return weakref.ref(B), A.__subclasses__()


r, subs = subclasses_kept()
gc.collect()
print(r() is not None, [k.__name__ for k in subs], subs[0] is r())
del subs
gc.collect()
print(r() is None)


# The MRO tuple and a method's __class__ cell keep their class alive on their own.
def mro_kept():
    class X:
        pass

    class Y:
        pass

    class Z(X, Y):
        def who(self):
            return __class__.__name__

    return Z.__mro__, Z.who


mro, who = mro_kept()
gc.collect()
print([k.__name__ for k in mro], who.__closure__[0].cell_contents.__name__)
print(who(mro[0]()), [k.__name__ for k in mro[0].__mro__])
del mro
gc.collect()
print(who.__closure__[0].cell_contents.__name__)
