# inspect.get_annotations (classes, modules, wrapped callables, eval_str with the right
# globals and locals, errors), signature(eval_str=...), getfullargspec and getcallargs
# for classes, bound methods and partials, and pickling signatures.
import functools
import inspect
import pickle
import sys

Alias = list


def annotated(a: 'Alias', b: 'Unknown' = None, *rest: 'int', **kw: float) -> 'Alias[int]':
    pass


def show(label, thunk):
    try:
        result = thunk()
    except Exception as e:
        result = '%s: %s' % (type(e).__name__, e)
    print(label, '->', result)


class Record:
    x: int
    y: 'Alias'

    def __init__(self, x, y=(), *, z=0):
        pass


class Child(Record):
    pass


class Weird:
    __annotations__ = 'not a dict'


module_level: 'Alias' = []

show('plain', lambda: inspect.get_annotations(annotated))
show('eval', lambda: inspect.get_annotations(annotated, eval_str=True))
show('eval locals', lambda: inspect.get_annotations(annotated, eval_str=True,
                                                     locals={'Unknown': tuple}))
show('eval globals', lambda: inspect.get_annotations(annotated, eval_str=True,
                                                      globals={'Alias': set, 'Unknown': 1}))
show('class', lambda: inspect.get_annotations(Record))
show('class eval', lambda: inspect.get_annotations(Record, eval_str=True))
show('subclass', lambda: inspect.get_annotations(Child))
show('module', lambda: inspect.get_annotations(sys.modules[__name__]))
show('module eval', lambda: inspect.get_annotations(sys.modules[__name__], eval_str=True))
show('lambda', lambda: inspect.get_annotations(lambda q: q))
show('not callable', lambda: inspect.get_annotations(42))
show('bad dict', lambda: inspect.get_annotations(Weird))
wrapper = functools.wraps(annotated)(lambda *a, **k: None)
show('wrapper', lambda: inspect.get_annotations(wrapper))
show('partial', lambda: inspect.get_annotations(functools.partial(annotated, 1)))
show('sig eval', lambda: inspect.signature(annotated, eval_str=True, locals={'Unknown': dict}))
show('sig eval missing', lambda: inspect.signature(annotated, eval_str=True))
show('sig no eval', lambda: inspect.signature(annotated))

for label, target in [('function', annotated), ('class', Record), ('bound', Record(1).__init__),
                      ('partial', functools.partial(annotated, 1)), ('lambda', lambda: 0),
                      ('number', 5)]:
    show('spec ' + label, lambda: inspect.getfullargspec(target))

for args, kwargs in [((), {}), ((1,), {}), ((1, 2, 3), {}), ((1,), {'z': 2, 'w': 3}),
                     ((1,), {'x': 2})]:
    show('callargs %r %r' % (args, kwargs),
         lambda: sorted(inspect.getcallargs(Record, *args, **kwargs)))


def many(a, b, c, *, k1, k2, k3):
    pass


for args, kwargs in [((), {}), ((1, 2), {'k1': 0}), ((1, 2, 3, 4), {'k1': 0})]:
    show('many %r' % (args,), lambda: inspect.getcallargs(many, *args, **kwargs))

sig = inspect.signature(annotated)
for protocol in range(pickle.HIGHEST_PROTOCOL + 1):
    again = pickle.loads(pickle.dumps(sig, protocol))
    print(protocol, again == sig, again is not sig, str(again))
bound = sig.bind(1, 2, 3, extra=4)
print(pickle.loads(pickle.dumps(bound)) == bound)
