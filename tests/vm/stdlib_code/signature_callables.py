# inspect.signature of wrapped methods and constructors, classmethods over wrappers, __call__
# as a staticmethod, classmethod or None, __signature__ on instances, metaclass chains,
# partials of partials/bound methods/classes, partialmethod in every binding.
import inspect, functools
def show(label, fn):
    try: r = fn()
    except Exception as e: r = '%s: %s' % (type(e).__name__, str(e).split(' at 0x')[0])
    print(label, '->', r)
def deco(f):
    @functools.wraps(f)
    def w(*a, **k): return f(*a, **k)
    return w
class K:
    @deco
    def m(self, a, b=1): pass
    @deco
    def __init__(self, x, *, y): pass
    @classmethod
    @deco
    def cm(cls, q): pass
class Callme:
    __call__ = staticmethod(lambda a, b: 0)
class Callme2:
    @classmethod
    def __call__(cls, z): pass
class SigInst:
    __signature__ = inspect.Signature([inspect.Parameter('only', 1)])
    def __call__(self, *a): pass
class MetaA(type):
    def __call__(cls, alpha, beta=2): pass
class MetaB(MetaA): pass
class UsesB(metaclass=MetaB): pass
def target(a, b, c=3): pass
class WithNewPartial:
    __new__ = functools.partial(lambda cls, n, m=0: object.__new__(cls))
show('wrapped method', lambda: inspect.signature(K.m))
show('wrapped bound', lambda: inspect.signature(K().m if False else K.__dict__['m'].__get__(object.__new__(K))))
show('wrapped init', lambda: inspect.signature(K))
show('cm wrapped', lambda: inspect.signature(K.cm))
show('static call', lambda: inspect.signature(Callme()))
show('cls call', lambda: inspect.signature(Callme2()))
show('sig inst', lambda: inspect.signature(SigInst()))
show('meta chain', lambda: inspect.signature(UsesB))
show('partial bound', lambda: inspect.signature(functools.partial(K.__dict__['m'].__get__(object.__new__(K)), 5)))
show('partial class', lambda: inspect.signature(functools.partial(K, 1)))
show('lru', lambda: inspect.signature(functools.lru_cache(target)))
show('new partial', lambda: inspect.signature(WithNewPartial))
show('partial kw twice', lambda: inspect.signature(functools.partial(functools.partial(target, c=1), b=2)))
show('partial varkw', lambda: inspect.signature(functools.partial(lambda a, **kw: 0, x=1, a=2)))
show('partial posonly var', lambda: inspect.signature(functools.partial(lambda a, /, *args: 0, 1, 2, 3)))
show('method of partial', lambda: inspect.signature(functools.partialmethod(target, 1).__get__(object(), object)))
show('pm on class', lambda: inspect.signature(type('X', (), {'pm': functools.partialmethod(target, b=2)}).pm))
show('pm star', lambda: inspect.signature(type('X', (), {'pm': functools.partialmethod(lambda *a: 0, 1)}).pm))
show('singledispatchmethod', lambda: inspect.signature(type('X', (), {'sd': functools.singledispatchmethod(lambda self, a: 0)})().sd))
show('cached_property', lambda: inspect.signature(functools.cached_property(lambda s: 0)))
show('method on None', lambda: inspect.signature(type('Y', (), {'__call__': None})()))
show('getfullargspec wrapped', lambda: inspect.getfullargspec(K.m))
show('unwrap partial', lambda: inspect.unwrap(functools.partial(target)) is not None)
