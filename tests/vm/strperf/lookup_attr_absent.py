# Attribute lookups that may find nothing (hasattr, getattr with a default, dict(x)'s
# .keys probe): instance attributes, class attributes, __getattr__, slots, errors.
class Plain:
    pass

class WithKeys:
    def __init__(self):
        self.keys = lambda: ["a", "b"]
    def __getitem__(self, k):
        return k.upper()

class Hook:
    def __getattr__(self, name):
        if name == "keys":
            return lambda: ["x"]
        raise AttributeError(name)
    def __getitem__(self, k):
        return 42

class Slotted:
    __slots__ = ("a", "b")

class BadDict:
    @property
    def keys(self):
        raise RuntimeError("keys property fails")

p = Plain()
print(hasattr(p, "keys"), getattr(p, "x", "default"), hasattr(Plain, "x"))
p.x = 5
print(hasattr(p, "x"), getattr(p, "x", None), hasattr(1, "real"), hasattr(1, "nope"))
print(dict(zip("abc", range(3))), dict([("k", 1), ("j", 2)]), dict(iter([(1, 2)])))
print(dict(WithKeys()), dict(Hook()))
s = Slotted()
print(hasattr(s, "a"), getattr(s, "b", "unset"))
s.a = 1
print(hasattr(s, "a"), s.a, hasattr(s, "c"))
for obj in (BadDict(), 5, [1, 2]):
    try:
        print(dict(obj))
    except (RuntimeError, TypeError) as e:
        print(type(e).__name__, e)
print(getattr(object(), "zzz", "dflt"), hasattr(zip(), "keys"), hasattr(map(str, []), "__next__"))
d = {}
d.update(zip("xy", "12"))
print(d, sorted(d.items()))
try:
    getattr(p, "missing")
except AttributeError as e:
    print("AttributeError", e)
