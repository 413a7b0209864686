# weakref's WeakValueDictionary and WeakKeyDictionary come from a module imported on first
# use (so that `import weakref` does not compile _collections_abc): they still look like
# members of weakref, derive from MutableMapping, and star-imports and errors are unchanged.
import weakref
from collections.abc import MutableMapping

try:
    weakref.NoSuchThing
except AttributeError as e:
    print("AttributeError:", e)

W, K = weakref.WeakValueDictionary, weakref.WeakKeyDictionary
print(W.__module__, W.__name__, W.__qualname__, K.__module__, K.__qualname__)
print(W is weakref.WeakValueDictionary, issubclass(W, MutableMapping), issubclass(K, MutableMapping))


class Obj:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"Obj({self.name})"


a, b = Obj("a"), Obj("b")
w = W({1: a, 2: b})
k = K({a: 1, b: 2})
del b
print(sorted(w.keys()), sorted(v for v in k.values()), isinstance(w, MutableMapping))
print(repr(w).startswith("<WeakValueDictionary at 0x"), repr(k).startswith("<WeakKeyDictionary at 0x"))
ns = {}
exec("from weakref import *", ns)
print(ns["WeakValueDictionary"] is W, ns["WeakKeyDictionary"] is K, "finalize" in ns)
print(type(w.copy()).__name__, w.setdefault(3, a), w.pop(3), len(w))
