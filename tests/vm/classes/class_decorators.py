def add_repr(cls):
    fields = cls.fields
    def __repr__(self):
        return f"{cls.__name__}(" + ", ".join(f"{f}={getattr(self, f)!r}" for f in fields) + ")"
    cls.__repr__ = __repr__
    return cls
def add_eq(cls):
    def __eq__(self, other):
        return type(self) is type(other) and all(getattr(self, f) == getattr(other, f) for f in cls.fields)
    cls.__eq__ = __eq__
    cls.__hash__ = lambda self: hash(tuple(getattr(self, f) for f in cls.fields))
    return cls
def auto_init(cls):
    def __init__(self, *args):
        for f, v in zip(cls.fields, args):
            setattr(self, f, v)
    cls.__init__ = __init__
    return cls
@add_repr
@add_eq
@auto_init
class Point:
    fields = ("x", "y")
p = Point(1, 2)
print(p, p == Point(1, 2), p == Point(2, 1), len({p, Point(1, 2)}))
def count_instances(cls):
    orig = cls.__init__
    cls.instances = 0
    def __init__(self, *a, **k):
        cls.instances += 1
        orig(self, *a, **k)
    cls.__init__ = __init__
    return cls
@count_instances
class Thing:
    def __init__(self, name): self.name = name
Thing("a"); Thing("b")
print(Thing.instances)
