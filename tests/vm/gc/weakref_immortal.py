# Weak references to built-in (immortal, shared) types.
import weakref
r = weakref.ref(int)
print(r() is int, r == weakref.ref(int), hash(r) == hash(int))
d = weakref.WeakKeyDictionary()
d[int] = 1; d[str] = 2
print(d[int], len(d), int in d)
del r
