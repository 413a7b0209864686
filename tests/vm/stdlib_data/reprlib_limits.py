import reprlib
print(reprlib.repr(list(range(100))), reprlib.repr('a'*100), reprlib.repr(2**200))
print(reprlib.repr({i: str(i) for i in range(10)}), reprlib.repr(set(range(20))), reprlib.repr(frozenset()), reprlib.repr((1,)))
print(reprlib.repr([[[[[[[[1]]]]]]]]), reprlib.repr({'a': {'b': {}}}))
r = reprlib.Repr(); r.maxlevel = 1; r.fillvalue = '~'
print(r.repr([1,[2,[3]]]), r.repr({1: {2: 3}}), r.repr('x'*50))
class C:
    def __repr__(self): return 'C' * 40
print(reprlib.repr(C()), reprlib.repr(1.5), reprlib.repr(None))
class L(list):
    @reprlib.recursive_repr()
    def __repr__(self): return '<' + '|'.join(map(repr, self)) + '>'
l = L([1]); l.append(l); print(repr(l), L.__repr__.__name__)
