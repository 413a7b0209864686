# Signature.bind/bind_partial: every error message, args/kwargs split, apply_defaults,
# BoundArguments equality; and signatures of partials, methods, classes and wrappers.
import functools
import inspect


def target(a, b=2, /, c=3, *rest, d, e=5, **more):
    pass


sig = inspect.signature(target)
cases = [((1,), {'d': 0}), ((1, 2, 3, 4, 5), {'d': 0, 'x': 9}), ((), {'d': 0}),
         ((1,), {'b': 2, 'd': 0}), ((1,), {}), ((1,), {'c': 7, 'd': 0}),
         ((1, 2), {'c': 3, 'd': 0}), ((1,), {'a': 4, 'd': 0})]
for args, kwargs in cases:
    for method in (sig.bind, sig.bind_partial):
        try:
            bound = method(*args, **kwargs)
        except TypeError as e:
            print(method.__name__, 'TypeError:', e)
        else:
            print(method.__name__, bound, bound.args, bound.kwargs)


def small(x, y=1, *, z):
    pass


small_sig = inspect.signature(small)
for args, kwargs in [((1, 2, 3), {}), ((1,), {'x': 1, 'z': 0}), ((1,), {'z': 0, 'w': 1}),
                     ((), {'y': 2})]:
    try:
        print(small_sig.bind(*args, **kwargs))
    except TypeError as e:
        print('TypeError:', e)
bound = small_sig.bind(1, z=2)
print(bound == small_sig.bind(1, z=2), bound == small_sig.bind(1, z=3), bound.signature is small_sig)
bound.apply_defaults()
print(bound, bound.arguments)
star = inspect.signature(lambda *a, **k: 0).bind()
star.apply_defaults()
print(star, star.args, star.kwargs)
try:
    hash(bound)
except TypeError as e:
    print('TypeError:', e)


class Shop:
    def __repr__(self):
        return 'Shop()'

    def sell(self, item, count=1):
        pass

    @classmethod
    def open(cls, hour):
        pass

    @staticmethod
    def rule(x, /):
        pass

    half = functools.partialmethod(sell, 'half')

    def __call__(self, when, *, loud=False):
        pass


for obj in (Shop.sell, Shop().sell, Shop.open, Shop().rule, Shop.half, Shop().half, Shop(),
            functools.partial(target, 1, 2, 3, d=4), functools.partial(small, y=5),
            functools.partial(small, 1, 2), functools.partial(functools.partial(small, 1), z=0)):
    print(inspect.signature(obj))
for bad in (functools.partial(small, 1, 2, 3), functools.partial(target, a=1)):
    try:
        inspect.signature(bad)
    except ValueError as e:
        print('ValueError:', str(e).split(' at 0x')[0], str(e).endswith(') has incorrect arguments'))


def wraps_it(fn):
    @functools.wraps(fn)
    def inner(*args, **kwargs):
        return fn(*args, **kwargs)
    return inner


@wraps_it
@wraps_it
def deep(p, q=0):
    pass


print(inspect.signature(deep), inspect.signature(deep, follow_wrapped=False))
deep.__wrapped__.__signature__ = inspect.Signature()
print(inspect.signature(deep))
print(inspect.getfullargspec(target))
print(inspect.getfullargspec(Shop().sell))
print(inspect.getcallargs(target, 1, d=2), inspect.getcallargs(Shop().sell, 'x'))
for args, kwargs in [((), {}), ((1, 2, 3, 4, 5), {}), ((1,), {'q': 1}), ((1,), {'p': 2})]:
    try:
        inspect.getcallargs(deep.__wrapped__.__wrapped__, *args, **kwargs)
    except TypeError as e:
        print('TypeError:', e)
