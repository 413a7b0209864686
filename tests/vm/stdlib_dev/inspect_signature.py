# inspect: Signature and Parameter from functions, methods, classes, partials
import functools
import inspect

def f(a, b: int = 2, /, c=3, *args, d, e: "str" = "x", **kw) -> bool:
    pass

def g(x, y=1, *, z):
    pass

class C:
    def __init__(self, p, q=0):
        pass
    def method(self, m, *rest):
        pass
    @classmethod
    def cm(cls, k):
        pass
    @staticmethod
    def sm(s, t=5):
        pass
    def __call__(self, u, /):
        pass

sig = inspect.signature(f)
print(sig)
print(repr(sig))
for name, p in sig.parameters.items():
    print(name, p.kind, p.kind.description, p.default, p.annotation, repr(p), str(p))
print(sig.return_annotation, sig.parameters["a"].empty is inspect.Parameter.empty)
for obj in (g, C, C.method, C(1).method, C.cm, C.sm, C(1), lambda *a, **k: 0,
            functools.partial(g, 1), functools.partial(g, y=3), functools.partial(f, 1, 2, 3, 4)):
    print(inspect.signature(obj))

def deco(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs)
    return wrapper

@deco
def wrapped(alpha, beta=None):
    pass
print(inspect.signature(wrapped), inspect.signature(wrapped, follow_wrapped=False))
print(inspect.unwrap(wrapped) is wrapped.__wrapped__)

ba = inspect.signature(g).bind(1, z=3)
print(ba, ba.args, ba.kwargs)
ba.apply_defaults()
print(ba.arguments)
ba = inspect.signature(f).bind(1, 2, 3, 4, 5, d=6, extra=7)
print(ba.arguments, ba.args, ba.kwargs)
print(inspect.signature(g).bind_partial(y=5))
for args, kwargs in [((), {}), ((1, 2, 3), {"z": 1}), ((1,), {"x": 2, "z": 3}),
                     ((1,), {"z": 3, "w": 4}), ((1,), {})]:
    try:
        inspect.signature(g).bind(*args, **kwargs)
    except TypeError as e:
        print("TypeError:", e)
try:
    inspect.signature(f).bind(1, b=2, d=0)
except TypeError as e:
    print("TypeError:", e)

P = inspect.Parameter
s = inspect.Signature([P("a", P.POSITIONAL_ONLY), P("b", P.KEYWORD_ONLY, default=1)],
                      return_annotation=list)
print(s, s.replace(return_annotation=inspect.Signature.empty))
print(P("x", P.VAR_KEYWORD).replace(name="opts"))
for bad in [lambda: P("1x", P.POSITIONAL_ONLY), lambda: P("v", P.VAR_POSITIONAL, default=1),
            lambda: inspect.Signature([P("a", P.KEYWORD_ONLY), P("b", P.POSITIONAL_ONLY)]),
            lambda: inspect.Signature([P("a", P.POSITIONAL_ONLY, default=1), P("b", P.POSITIONAL_ONLY)]),
            lambda: inspect.signature(42)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(inspect.signature(f) == inspect.signature(f), inspect.signature(f) == inspect.signature(g))
spec = inspect.getfullargspec(f)
print(spec)
print(inspect.getfullargspec(C.method))
print(inspect.get_annotations(f))
