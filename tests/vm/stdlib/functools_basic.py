import functools as ft
from functools import partial, reduce, wraps, lru_cache, cache, total_ordering

print(sorted(ft.__all__))
print(ft.WRAPPER_ASSIGNMENTS, ft.WRAPPER_UPDATES)
print(reduce(lambda x, y: x * y, range(1, 6)), reduce(lambda x, y: x + y, [], 10), reduce(max, [3], 0))
for g in [lambda: reduce(max, []), lambda: reduce(max, 1), lambda: reduce(max),
          lambda: partial(), lambda: partial(1), lambda: lru_cache('x'),
          lambda: total_ordering(type('A', (), {})), lambda: ft.partialmethod(1)]:
    try:
        print(g())
    except Exception as e:
        print(type(e).__name__, e)
def f(a, b=2, *c, **k):
    return (a, b, c, k)
p = partial(f, 1, x=2)
print(p(), p(5, 6, x=3, y=4), p.func is f, p.args, p.keywords)
q = partial(p, 7, z=0)
print(q.func is f, q.args, q.keywords, q())
print(partial(max, 1, 2), partial(max, key=abs)(-5, 3))
class MyPartial(partial):
    pass
mp = MyPartial(max, 1)
print(repr(mp).startswith('MyPartial(<built-in function max>, 1'), mp(4), type(MyPartial(mp, 2).func).__name__)
p.attr = 1
print(p.attr, partial(p).func is p)
def deco(fn):
    @wraps(fn)
    def inner(*a, **k):
        "inner doc"
        return fn(*a, **k)
    return inner
@deco
def target(x: int) -> str:
    "target doc"
    return str(x)
target.__dict__['extra'] = 1
print(target.__name__, target.__qualname__, target.__doc__, target.__annotations__, target.__wrapped__.__name__, target('9'))
class Cell:
    def __init__(self):
        self._v = 0
    def set(self, v, scale=1):
        self._v = v * scale
        return self._v
    set_ten = ft.partialmethod(set, 10)
    set_big = ft.partialmethod(set, scale=100)
c = Cell()
print(c.set_ten(), c.set_big(3), c._v, ft.partialmethod(max, 1, k=3))
@total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) < V(2), V(1) > V(2), V(2) >= V(2), V(3) <= V(2), V.__gt__.__name__)
print(sorted([3, 1, 2], key=ft.cmp_to_key(lambda a, b: b - a)))
calls = []
@lru_cache(maxsize=2)
def sq(n):
    calls.append(n)
    return n * n
print([sq(i) for i in (1, 2, 1, 3, 2, 1)], calls)
print(sq.cache_info(), sq.cache_info().hits, sq.cache_parameters(), sq.__wrapped__.__name__)
print(type(sq.cache_info()).__name__, isinstance(sq.cache_info(), tuple))
sq.cache_clear(); print(sq.cache_info())
@cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
@lru_cache
def ident(x, *, k=0): return (x, k)
print(ident(1), ident(1.0), ident(1, k=2), ident.cache_info())
@lru_cache(typed=True)
def ident2(x): return x
print(ident2(1), ident2(1.0), ident2.cache_info())
class Circle:
    def __init__(self, r): self.r = r
    @ft.cached_property
    def area(self):
        print('computing')
        return self.r * self.r * 3
k = Circle(2)
print(k.area, k.area, k.__dict__, type(Circle.area).__name__)
@ft.singledispatch
def show(x):
    return 'object ' + repr(x)
@show.register
def _(x: int):
    return 'int %d' % x
@show.register(list)
def _(x):
    return 'list of %d' % len(x)
print(show(1), show(True), show([1, 2]), show('s'), show(2.5))
print(show.dispatch(bool).__name__, sorted(t.__name__ for t in show.registry))
try:
    show()
except TypeError as e:
    print(e)
