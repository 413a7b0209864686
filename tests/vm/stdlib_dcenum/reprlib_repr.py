# reprlib: every limit, string/int elision at small limits, unsortable containers,
# failing reprs and recursive_repr
import reprlib
from collections import deque
from array import array

r = reprlib.Repr()
print(sorted(vars(r).items()))
for n in (28, 29, 30, 31):
    print(n, r.repr('b' * n), r.repr(7 ** n))
for limit in (0, 3, 4, 5, 9):
    r.maxstring = limit
    r.maxlong = limit
    print(limit, r.repr('abcdefghijklmnop'), r.repr(12345678901234567890), r.repr("it's \n"))
r = reprlib.Repr()
r.maxlist, r.maxtuple, r.maxdict, r.maxset = 2, 3, 1, 2
r.maxfrozenset, r.maxdeque, r.maxarray = 1, 2, 3
print(r.repr(list(range(5))), r.repr(tuple(range(5))), r.repr((9,)), r.repr({'b': 1, 'a': 2}))
print(r.repr({3, 1, 2}), r.repr(frozenset({5, 4})), r.repr(deque('xyz')), r.repr(array('b', [1, 2, 3, 4])))
print(r.repr(set()), r.repr(frozenset()), r.repr(deque()), r.repr(array('f')), r.repr({}), r.repr(()))
print(r.repr({1, 'x'}) in ("{1, 'x'}", "{'x', 1}"), r.repr({(1,): 2, 'k': 3}))
r.maxlevel = 2
print(r.repr([[[['deep']]]]), r.repr({'a': {'b': {'c': 1}}}), r.repr(([],)))
r.fillvalue = '<cut>'
r.maxlevel = 1
print(r.repr([1, [2]]), r.repr(list(range(9))), r.repr('z' * 40))


class Loud:
    def __repr__(self):
        return 'L' * 50


class Broken:
    def __repr__(self):
        raise RuntimeError('no')
print(reprlib.repr(Loud()), reprlib.repr(Broken()).startswith('<Broken instance at 0x'))
print(reprlib.repr(b'q' * 40), reprlib.repr(3.25), reprlib.repr(None), reprlib.repr(len))


class Node:
    def __init__(self, name):
        self.name = name
        self.links = []

    @reprlib.recursive_repr('<loop>')
    def __repr__(self):
        """Node repr."""
        return 'Node(%s -> %r)' % (self.name, self.links)


a, b = Node('a'), Node('b')
a.links.append(b)
b.links.append(a)
print(repr(a), repr(b))
print(Node.__repr__.__name__, Node.__repr__.__qualname__, Node.__repr__.__doc__)
print(hasattr(Node.__repr__, '__wrapped__'), reprlib.aRepr.maxlevel, reprlib.repr == reprlib.aRepr.repr)
