# functools.partial / partialmethod / reduce / update_wrapper: flattening, reprs, state,
# read-only attributes, binding rules and error messages.
import functools as ft

def f(*a, **k):
    return (a, k)

p = ft.partial(f, 1, k=2)
q = ft.partial(p, 3, j=4)
print(q.func is f, q.args, q.keywords, q(5, k=9))
p.note = 'x'
print(ft.partial(p, 0).func is p, p.__dict__)
class Sub(ft.partial):
    pass
class Own(ft.partial):
    def __call__(self, *a):
        return 'own'
print(ft.partial(Sub(f, 1), 2).func is f, ft.partial(Own(f, 1), 2).func is f, repr(Sub(max, 7)))
print(repr(ft.partial(max, 'a', key=len)))
r = ft.partial(f)
r.__setstate__((f, (r,), {'me': r}, None))
print(repr(r).replace(repr(f), 'F'))
for attr in ('func', 'args', 'keywords'):
    for action in (lambda: setattr(p, attr, 1), lambda: delattr(p, attr)):
        try:
            action()
        except AttributeError as e:
            print('AttributeError', e)
for i, state in enumerate([1, (f,), (1, (), {}, None), (f, [], {}, None), (f, (), [], None), (f, (), {}, None)]):
    try:
        ft.partial(f).__setstate__(state)
        print('accepted', i)
    except TypeError as e:
        print('TypeError', e)
s = ft.partial(f)
s.__setstate__((f, (1,), None, {'tag': 2}))
print(s.args, s.keywords, s.__dict__, s())
cls, args, state = ft.partial(f, 1, z=0).__reduce__()
print(cls.__name__, args[0] is f, state[1:])
print(ft.partial[int], ft.partial(dict, a=1)(a=2, b=3))

class C:
    def m(self, *a, **k):
        return (type(self).__name__, a, k)
    pm = ft.partialmethod(m, 1, x=2)
    cm = ft.partialmethod(classmethod(m), 'c')
    sm = ft.partialmethod(staticmethod(f), 's')
    nested = ft.partialmethod(pm, 9)
    plain = ft.partialmethod(ft.partial(f, 'p'), 'q')
c = C()
print(c.pm(0), c.cm(), C.cm(), c.sm(1), c.nested(y=1))
print(type(c.pm).__name__, c.pm.__self__ is c, callable(C.pm))
print(C.__dict__['nested'].args, C.__dict__['nested'].keywords)
print(c.plain('r')[0][0] == 'p', c.plain('r')[0][2:])
print(repr(ft.partialmethod(max)), repr(ft.partialmethod(max, 1)), repr(ft.partialmethod(max, k=1)))

print(ft.reduce(lambda a, b: a * 10 + b, [1, 2, 3]), ft.reduce(lambda a, b: a + b, iter('xyz'), '>'))
for call in [lambda: ft.reduce(), lambda: ft.reduce(max, [], 1, 2), lambda: ft.reduce(max, [1], initial=3)]:
    try:
        call()
    except TypeError as e:
        print('TypeError', e)

def wrapped():
    "wrapped doc"
wrapped.__wrapped__ = 'stale'
wrapped.extra = [1]
def wrapper():
    pass
ft.update_wrapper(wrapper, wrapped, assigned=('__doc__', '__missing_attr__'))
print(wrapper.__name__, wrapper.__doc__, wrapper.__wrapped__ is wrapped, wrapper.extra)
try:
    ft.update_wrapper(wrapper, wrapped, updated=('__nope__',))
except AttributeError as e:
    print('AttributeError', e)
