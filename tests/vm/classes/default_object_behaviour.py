class Plain:
    pass
a, b = Plain(), Plain()
print(a == a, a == b, a != b, a is not b)
try:
    a < b
except TypeError as e:
    print("TypeError", e)
print(bool(a), hash(a) == hash(a), str(a) == repr(a), format(a) == str(a))
print(type(a).__name__, a.__class__ is Plain, Plain.__module__, Plain.__qualname__)
print(sorted(k for k in Plain.__dict__ if not k.startswith("__")), "__dict__" in Plain.__dict__)
print(repr(a).startswith("<__main__.Plain object at 0x"), repr(Plain) == "<class '__main__.Plain'>")
print(Plain.__doc__, Plain.__bases__, Plain.__subclasses__())
class Child(Plain): pass
print([c.__name__ for c in Plain.__subclasses__()])
a.__class__ = Child
print(type(a).__name__, isinstance(a, Child))
print(a.__eq__(b), a.__ne__(a), a.__lt__(b))
