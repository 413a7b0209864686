o = object()
print(type(o).__name__, isinstance(o, object), object.__name__, object.__bases__, object.__mro__)
try:
    o.x = 1
except AttributeError as e:
    print("AttributeError", e)
try:
    object(1)
except TypeError as e:
    print("TypeError", e)
print(o == o, o != o, o.__eq__(1), o.__ne__(o), o.__hash__() == hash(o))
class C: pass
c = C()
print(c.__class__.__name__, C.__base__.__name__, str(object.__str__(c)) == object.__repr__(c))
print(object.__reduce_ex__ is not None, hasattr(o, "__dict__"), hasattr(c, "__dict__"))
print(object.__sizeof__(o) > 0, object.__format__(o, "") == str(o))
print(sorted(n for n in dir(o) if n in ("__eq__", "__hash__", "__repr__", "__init__", "__new__", "__class__")))
