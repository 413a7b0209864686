from collections.abc import *
import collections.abc as cabc, collections
for obj in [1, 'a', b'x', [], (), {}, set(), frozenset(), range(3), iter([]), {}.keys(), (x for x in []), len, None, 1.5, bytearray(), memoryview(b''), collections.ChainMap()]:
    print(type(obj).__name__, [n for n in cabc.__all__ if isinstance(obj, getattr(cabc, n))])
print(Iterable, Mapping.__module__, cabc.Iterable[int])
class A:
    def __iter__(self): return iter([])
class B(A):
    __iter__ = None
print(isinstance(A(), Iterable), isinstance(B(), Iterable), issubclass(list, Reversible))
class S(Set):
    def __init__(self, it): self.d = list(dict.fromkeys(it))
    def __contains__(self, x): return x in self.d
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
    def __repr__(self): return 'S(%r)' % self.d
s = S([1,2,3])
print(s & [2,3,4], s | [5], s - [1], [9] - s, s ^ S([3,4]), s <= S([1,2,3,4]), s == {1,2,3}, s._hash() == hash(frozenset([1,2,3])))
try: Sequence()
except TypeError as e: print(e)
try: Mapping()
except TypeError as e: print(e)
class M(MutableMapping):
    def __init__(self): self.d = {}
    def __getitem__(self, k): return self.d[k]
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): del self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
m = M(); m.update({'a':1}, b=2); m.setdefault('c', 3)
print(m.pop('a'), m.popitem(), list(m.items()), type(m.keys()).__name__, m == {'c':3}, 'c' in m.keys())
print(cabc.MutableSequence.__abstractmethods__ == frozenset({'__getitem__','__setitem__','__delitem__','__len__','insert'}))
print(sorted(Hashable.__abstractmethods__), isinstance([], Hashable), isinstance((), Hashable))
Sequence.register(A)
print(issubclass(A, Sequence), issubclass(A, Iterable), issubclass(B, Sequence))
print(repr(collections.ChainMap({1:2}).keys()))
