# __getattr__ runs only after the ordinary lookup found nothing (no AttributeError is
# made for that miss); errors from descriptors are kept or handed on as CPython does.


class Lazy:
    cls_attr = "class"

    def __init__(self):
        self.inst = "instance"
        self.calls = []

    @property
    def prop_attr_error(self):
        raise AttributeError("from property")

    @property
    def prop_value_error(self):
        raise ValueError("from property")

    @property
    def prop_ok(self):
        return "prop"

    def method(self):
        return "method"

    def __getattr__(self, name):
        self.calls.append(name)
        if name.startswith("x"):
            return len(name)
        if name.startswith("prop"):
            return "getattr " + name
        raise AttributeError(f"lazy has no {name}")


o = Lazy()
print(o.inst, o.cls_attr, o.prop_ok, o.method(), o.xxx, getattr(o, "x"))
print(o.prop_attr_error)
try:
    o.prop_value_error
except ValueError as e:
    print("ValueError", e)
try:
    o.missing
except AttributeError as e:
    print("AttributeError", e, e.name, e.obj is o)
print(hasattr(o, "missing"), hasattr(o, "xy"), getattr(o, "nope", "default"))
print(o.calls)


class NoGetattr:
    __getattribute__ = object.__getattribute__

    @property
    def p(self):
        raise AttributeError("property p")


n = NoGetattr()
for name in ("p", "q"):
    try:
        getattr(n, name)
    except AttributeError as e:
        print("AttributeError", e, e.name, e.obj is n)
print(hasattr(n, "q"))


# __getattr__ added and removed after instances exist
class Later:
    pass


la = Later()
for step in range(3):
    if step == 1:
        Later.__getattr__ = lambda self, name: "late " + name
    if step == 2:
        del Later.__getattr__
    try:
        print(step, la.anything)
    except AttributeError as e:
        print(step, "AttributeError", e)


# __getattr__ inherited, and a subclass with its own __getattribute__
class Base:
    def __getattr__(self, name):
        return "base " + name


class Derived(Base):
    def __getattribute__(self, name):
        if name == "boom":
            raise AttributeError("boom")
        return object.__getattribute__(self, name)


print(Base().zz, Derived().zz, Derived().boom)


# a slot that was never set
class Slotted:
    __slots__ = ("a",)

    def __getattr__(self, name):
        return "fallback " + name


print(Slotted().a)


# AttributeErrors raised without name/obj get them from the failed lookup
class Plain:
    @property
    def p(self):
        raise AttributeError("plain p")


for obj, name in ((Plain(), "p"), (Lazy(), "zzz")):
    try:
        getattr(obj, name)
    except AttributeError as e:
        print(type(obj).__name__, e, e.name, e.obj is obj)
    try:
        obj.__getattribute__(name)
    except AttributeError as e:
        print(type(obj).__name__, e, e.name, e.obj is obj)
