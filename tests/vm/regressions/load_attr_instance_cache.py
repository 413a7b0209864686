# LOAD_ATTR inline cache for instance-dict attributes: every change is seen.

class A:
    def __init__(self, a, b):
        self.a = a
        self.b = b

def get_b(o):
    return o.b

x = A(1, 2)
y = A(3, 4)
for i in range(3):
    print(get_b(x), get_b(y))

# Different insertion order: the name sits at another index.
z = A.__new__(A)
z.b = "zb"
z.a = "za"
print(get_b(z), get_b(x), get_b(z))

# Deleted, then re-added at a new index.
del x.b
try:
    get_b(x)
except AttributeError as e:
    print("AttributeError", e)
x.b = 20
print(get_b(x))

# The instance dict replaced.
x.__dict__ = {"zz": 0, "b": "new dict"}
print(get_b(x))

# A data descriptor added to the class wins over the instance dict.
A.b = property(lambda self: "property")
print(get_b(x), get_b(y))
del A.b
print(get_b(x), get_b(y))

# ... and to a base class.
class Base:
    pass
class C(Base):
    def __init__(self):
        self.b = "instance"
c = C()
print(get_b(c), get_b(c))
Base.b = property(lambda self: "base property")
print(get_b(c))
del Base.b
print(get_b(c))

# A non-data class attribute does not shadow the instance value.
C.b = "class attr"
print(get_b(c))
del c.b
print(get_b(c))
del C.b

# __getattribute__ and __getattr__ added later.
class D:
    def __init__(self):
        self.b = "d"
d = D()
print(get_b(d), get_b(d))
D.__getattribute__ = lambda self, name: "getattribute " + name
print(get_b(d))
del D.__getattribute__
print(get_b(d))

# __class__ changed.
class E:
    def __init__(self):
        self.b = "e"
class F:
    b = property(lambda self: "F property")
e = E()
print(get_b(e), get_b(e))
e.__class__ = F
print(get_b(e))

# Objects without a dict, and other types, at the same site.
class S:
    __slots__ = ("b",)
s = S()
s.b = "slot"
import types
ns = types.SimpleNamespace(b="namespace")
for o in (x, s, ns, x, s, ns):
    print(get_b(o))
def f(): pass
f.b = "function attr"
print(get_b(f), get_b(f))

# A dict subclass as __dict__ and keys that are equal but not identical.
class K:
    pass
k = K()
k.__dict__ = {"".join(["b"]): "joined"}
print(get_b(k), get_b(k))
