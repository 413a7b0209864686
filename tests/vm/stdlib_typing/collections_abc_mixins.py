# collections.abc mixin methods on minimal user classes, structural hooks (None opts out),
# registrations of built-ins, and Callable[...] argument checking.
import collections.abc as cabc

def attempt(label, f):
    try:
        print(label, '->', repr(f()))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)

class ListSet(cabc.MutableSet):
    def __init__(self, it=()): self.items = []; [self.add(x) for x in it]
    def __contains__(self, x): return x in self.items
    def __iter__(self): return iter(list(self.items))
    def __len__(self): return len(self.items)
    def add(self, x):
        if x not in self.items: self.items.append(x)
    def discard(self, x):
        if x in self.items: self.items.remove(x)
    def __repr__(self): return f'LS{sorted(self.items)}'
a, b = ListSet([1, 2, 3]), ListSet([2, 3, 4])
print(a & b, a | b, a - b, a ^ b, [5, 1] & a, {9} | a, a - [1], [1, 7] - a)
print(a <= b, ListSet([2]) < a, a >= ListSet([1]), a > a, a == ListSet([3, 2, 1]), a == {1, 2, 3}, a.isdisjoint([7]))
print(a._hash() == hash(frozenset({1, 2, 3})), a.__hash__)
a |= [9]; a &= [1, 2, 9]; a ^= [2, 10]; a -= [10]
print(a, a.pop() in (1, 9), len(a))
attempt('remove missing', lambda: a.remove(42))
a.clear(); attempt('pop empty', lambda: a.pop())
class D(cabc.MutableMapping):
    def __init__(self): self.d = {}
    def __getitem__(self, k): return self.d[k]
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): del self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
    def __repr__(self): return 'D'
m = D()
m.update({'a': 1}, b=2); m.update([('c', 3)])
print(m.get('a'), m.get('z', 0), 'b' in m, list(m.keys()), list(m.items()), list(m.values()))
print(m.keys(), ('a', 1) in m.items(), 2 in m.values(), m.keys() & {'a', 'q'}, m == {'a': 1, 'b': 2, 'c': 3})
print(m.setdefault('d', 4), m.pop('d'), m.pop('zz', 'dflt'), m.popitem(), len(m))
attempt('pop missing', lambda: m.pop('zz'))
m.clear(); attempt('popitem empty', lambda: m.popitem())
print(reversed.__name__, cabc.Mapping.__reversed__)
class Seq(cabc.MutableSequence):
    def __init__(self, *xs): self.xs = list(xs)
    def __getitem__(self, i): return self.xs[i]
    def __setitem__(self, i, v): self.xs[i] = v
    def __delitem__(self, i): del self.xs[i]
    def __len__(self): return len(self.xs)
    def insert(self, i, v): self.xs.insert(i, v)
s = Seq(1, 2, 3, 2)
print(list(s), 2 in s, list(reversed(s)), s.index(2), s.index(2, 2), s.index(2, -2), s.count(2))
attempt('index missing', lambda: s.index(7))
attempt('index stop', lambda: s.index(3, 0, 2))
s.append(5); s.extend(s); s.reverse(); s += [0]
print(s.xs, s.pop(), s.pop(0), s.xs)
s.remove(2); print(s.xs); s.clear(); print(s.xs)
class Gen(cabc.Generator):
    def send(self, v): raise StopIteration
    def throw(self, *a): raise StopIteration
g = Gen(); print(list(g), g.close())
class Stubborn(cabc.Generator):
    def send(self, v): return 1
    def throw(self, *a): return 1
attempt('ignored exit', lambda: Stubborn().close())
class Sized0:
    def __len__(self): return 0
class NoHash:
    __hash__ = None
class Sub(Sized0):
    __len__ = None
print(issubclass(Sized0, cabc.Sized), issubclass(Sub, cabc.Sized), issubclass(NoHash, cabc.Hashable), issubclass(list, cabc.Hashable))
print([t.__name__ for t in (list, dict, set, frozenset, tuple, str, bytes, bytearray, range, memoryview)
       if issubclass(t, cabc.Sequence)], issubclass(type(iter([])), cabc.Iterator), issubclass(type({}.keys()), cabc.KeysView))
print(isinstance((x for x in ()), cabc.Generator), isinstance(type.__dict__, cabc.Mapping), issubclass(dict, cabc.MutableMapping))
print(cabc.Callable[[int], str], cabc.Callable[..., int], cabc.Iterable[int], cabc.Mapping[str, int])
attempt('callable not list', lambda: cabc.Callable[int, str])
attempt('callable one', lambda: cabc.Callable[int])
attempt('sized subscript', lambda: cabc.Sized[int])
print(cabc.Set.__module__, cabc.Iterable.__qualname__, sorted(cabc.Sequence.__abstractmethods__))
