# inspect.Signature/Parameter text: '/' and '*' markers, annotations and defaults,
# reprs, replace, equality and hashing, kinds, and the constructor's checks.
import inspect
import typing

P = inspect.Parameter


class Box:
    def __repr__(self):
        return 'Box()'


def full(a, b: int = 2, /, c: 'list[str]' = None, *rest: float, d, e: Box = Box(),
         **opts: typing.Any) -> typing.Optional[Box]:
    pass


def only_kw(*, x, y=1):
    pass


def only_pos(p, q, /):
    pass


for fn in (full, only_kw, only_pos, lambda: 0, lambda *a: 0, lambda **k: 0):
    sig = inspect.signature(fn)
    print(str(sig), '|', repr(sig))
for name, param in inspect.signature(full).parameters.items():
    print(name, repr(param), param.kind, int(param.kind), param.kind.description)

print(repr(P.KEYWORD_ONLY), P.empty is inspect.Signature.empty, P.empty)
made = inspect.Signature([P('first', P.POSITIONAL_ONLY, annotation=int),
                          P('second', P.POSITIONAL_OR_KEYWORD, default=(1, 2)),
                          P('named', P.KEYWORD_ONLY, annotation='tag', default=None)],
                         return_annotation=dict)
print(made)
print(made.replace(return_annotation=P.empty))
print(made.replace(parameters=[P('z', P.VAR_KEYWORD)]))
swapped = inspect.Signature([P('k1', P.KEYWORD_ONLY), P('k2', P.KEYWORD_ONLY)])
again = inspect.Signature([P('k2', P.KEYWORD_ONLY), P('k1', P.KEYWORD_ONLY)])
print(swapped == again, hash(swapped) == hash(again), swapped != made)
print(inspect.signature(only_pos) == inspect.signature(lambda p, q, /: 1))
print(inspect.signature(only_pos) == inspect.signature(lambda q, p, /: 1))
p = P('a', P.POSITIONAL_ONLY, default=3)
print(p.replace(name='b'), p.replace(kind=P.KEYWORD_ONLY, default=P.empty), p.replace(annotation=str))
print(p == P('a', P.POSITIONAL_ONLY, default=3), p == P('a', P.POSITIONAL_ONLY, default=4),
      hash(p) == hash(P('a', P.POSITIONAL_ONLY, default=3)), p == 'a')
print(P('.2', P.POSITIONAL_OR_KEYWORD), P('.2', P.POSITIONAL_OR_KEYWORD).kind)
print(list(inspect.signature(full).parameters), type(made.parameters).__name__)
try:
    made.parameters['x'] = 1
except TypeError as e:
    print('TypeError:', e)
for make in [lambda: P('a', 9), lambda: P('a', 'KEYWORD_ONLY'), lambda: P(None, P.KEYWORD_ONLY),
             lambda: P('a b', P.KEYWORD_ONLY), lambda: P('kw', P.VAR_KEYWORD, default={}),
             lambda: P('.1', P.KEYWORD_ONLY),
             lambda: inspect.Signature([P('a', P.KEYWORD_ONLY), P('a', P.VAR_KEYWORD)]),
             lambda: inspect.Signature([P('a', P.VAR_KEYWORD), P('b', P.VAR_POSITIONAL)]),
             lambda: inspect.Signature([P('a', P.POSITIONAL_OR_KEYWORD, default=1),
                                        P('b', P.POSITIONAL_ONLY)]),
             lambda: inspect.Signature([P('a', P.POSITIONAL_ONLY, default=1),
                                        P('b', P.POSITIONAL_OR_KEYWORD)])]:
    try:
        print(make())
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)
print(inspect.formatannotation(Box), inspect.formatannotation(Box, '__main__'),
      inspect.formatannotation(typing.List[Box]), inspect.formatannotation(dict[str, int]),
      inspect.formatannotation(None), inspect.formatannotation('x'))
print(inspect.formatannotationrelativeto(Box)(Box), inspect.formatannotationrelativeto(Box)(P))
print(inspect.signature(full).return_annotation, inspect.signature(only_kw).return_annotation)
