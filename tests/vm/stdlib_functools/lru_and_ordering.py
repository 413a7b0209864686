# lru_cache: eviction order, key rules (f(1) vs f(1.0), keywords, typed), maxsize 0/None/
# negative, errors not cached, recursion filling the same key; total_ordering and
# cmp_to_key rules including NotImplemented.
import functools as ft

log = []
@ft.lru_cache(maxsize=3)
def sq(n):
    log.append(n)
    return n * n
for n in [1, 2, 3, 1, 4, 2, 5, 1, 3]:
    sq(n)
print(log, sq.cache_info())
sq.cache_clear()
print(sq.cache_info(), sq(2), sq.cache_info().misses)

@ft.lru_cache(maxsize=None)
def ident(*a, **k):
    log.append((a, k))
    return a, k
log.clear()
for call in [(1,), (1.0,), (True,), ('s',), (1, 2), ((1, 2),)]:
    ident(*call)
ident(1, x=1); ident(1, x=1); ident(x=1, y=2); ident(y=2, x=1)
print(len(log), ident.cache_info())
print(ident(1.0), ident(1))

@ft.lru_cache(typed=True)
def t(x):
    return type(x).__name__
print(t(1), t(1.0), t(True), t(1), t.cache_info(), t.cache_parameters())
for size in (0, -4):
    g = ft.lru_cache(size)(lambda x: x)
    g(1); g(1)
    print(g.cache_info(), g.cache_parameters())

@ft.lru_cache(4)
def boom(x):
    raise ValueError(x)
for _ in range(2):
    try:
        boom(1)
    except ValueError as e:
        print('ValueError', e)
print(boom.cache_info())

depth = []
@ft.lru_cache(8)
def rec(n):
    depth.append(n)
    return rec(n) + '+' if len(depth) < 3 else 'base'
print(rec(0), rec(0), rec.cache_info())
try:
    sq([1])
except TypeError as e:
    print('TypeError', e)
for bad in ['x', 1.5]:
    try:
        ft.lru_cache(bad)
    except TypeError as e:
        print('TypeError', e)
print(ft.lru_cache(len)('abc'), ft.lru_cache(maxsize=len).__name__ if hasattr(ft.lru_cache(maxsize=len), '__name__') else '')
class K:
    @ft.cache
    def twice(self, x):
        return x * 2
    def __hash__(self):
        return 7
    def __eq__(self, other):
        return True
print(K().twice(4), K().twice(4), K.twice.cache_info(), K.twice.__wrapped__.__name__)

@ft.total_ordering
class Ver:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return isinstance(other, Ver) and self.v == other.v
    def __ge__(self, other):
        if not isinstance(other, Ver):
            return NotImplemented
        return self.v >= other.v
a, b = Ver(1), Ver(2)
print(a < b, a <= b, a > b, b > a, a <= Ver(1), a < Ver(1))
print(Ver.__lt__(a, 5), Ver.__le__(a, 5), Ver.__gt__(a, 5))
try:
    a < 5
except TypeError as e:
    print('TypeError', e)
class Base:
    def __lt__(self, other):
        return 'base-lt'
@ft.total_ordering
class Derived(Base):
    pass
print(sorted(name for name in ('__le__', '__gt__', '__ge__') if name in Derived.__dict__))
@ft.total_ordering
class Both:
    def __le__(self, other):
        return 'le'
    def __gt__(self, other):
        return 'gt'
print(sorted(n for n in ('__lt__', '__ge__') if n in Both.__dict__), Both.__lt__.__name__)

key = ft.cmp_to_key(lambda x, y: (len(x) > len(y)) - (len(x) < len(y)))
print(sorted(['ccc', 'a', 'bb', 'dd'], key=key), key('x') == key('y'), key('x') != key('yy'))
print(key(obj='z').obj, min(['aaa', 'b', 'cc'], key=key))
for call in [lambda: key(), lambda: key(1, 2), lambda: key('a') < 'a']:
    try:
        call()
    except TypeError as e:
        print('TypeError', e)
