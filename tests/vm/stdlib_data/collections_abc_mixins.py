# Mixin methods of the collections.abc ABCs on small user classes, and
# abstract-method enforcement.
from collections.abc import (MutableSequence, MutableSet, Sequence, Mapping,
                             Iterator, Generator, Sized, Hashable, Callable,
                             Container, Collection, Awaitable, Coroutine)
import collections.abc


class Seq(MutableSequence):
    def __init__(self, *items): self.data = list(items)
    def __getitem__(self, i): return self.data[i]
    def __setitem__(self, i, v): self.data[i] = v
    def __delitem__(self, i): del self.data[i]
    def __len__(self): return len(self.data)
    def insert(self, i, v): self.data.insert(i, v)


s = Seq(3, 1, 4, 1, 5)
s.append(9); s.extend([2, 6]); s.reverse(); s.remove(1)
print(s.data, s.pop(), s.pop(0), s.index(1), s.count(1), 4 in s, list(reversed(s)))
s += [7]
print(s.data, s.index(1, -3) if 1 in s.data[-3:] else 'none')
try:
    s.index(42)
except ValueError as e:
    print('ValueError', repr(e))
s.clear()
print(s.data, len(s))


class Bag(MutableSet):
    def __init__(self, it=()): self.items = []; [self.add(x) for x in it]
    def __contains__(self, x): return x in self.items
    def __iter__(self): return iter(self.items)
    def __len__(self): return len(self.items)
    def add(self, x):
        if x not in self.items: self.items.append(x)
    def discard(self, x):
        if x in self.items: self.items.remove(x)


b = Bag([1, 2, 3])
b |= [4]; b -= [1]; b ^= [2, 9]; b &= [3, 4, 9, 10]
print(sorted(b), b.isdisjoint([5]), b.pop(), sorted(b))
try:
    b.remove(100)
except KeyError as e:
    print('KeyError', e)
try:
    Bag().pop()
except KeyError as e:
    print('KeyError empty', repr(e))


class Count(Iterator):
    def __init__(self): self.n = 0
    def __next__(self):
        self.n += 1
        if self.n > 3: raise StopIteration
        return self.n


print(list(Count()), iter(c := Count()) is c)

for cls in (Sequence, Mapping, Iterator, Generator, Sized, Hashable, Callable,
            Container, Collection, Awaitable, Coroutine, MutableSet):
    print(cls.__name__, sorted(cls.__abstractmethods__))
try:
    Seq.__abstractmethods__ = frozenset()
    class Half(MutableSequence):
        def __getitem__(self, i): return i
    Half()
except TypeError as e:
    print(e)
print(Mapping.__reversed__, collections.abc.MutableMapping.__mro__[1:3])
print(issubclass(dict, collections.abc.MutableMapping), issubclass(type({}.items()), collections.abc.Set))
print(isinstance(iter(range(2**100)), Iterator), issubclass(bytes, collections.abc.ByteString))
