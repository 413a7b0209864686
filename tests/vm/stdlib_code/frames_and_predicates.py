# inspect predicates over every kind of object, generator/coroutine states and locals,
# closures, unwrap, frames (stack, trace, getframeinfo with context and positions),
# getargvalues/formatargvalues and the CO_* flags.
import abc
import functools
import inspect
import sys
import types


def plain(a, *args, **kw):
    return a


def gen():
    got = yield 1
    yield got


async def coro():
    return 1


async def agen():
    yield 1


class Slotted:
    __slots__ = ('field',)

    @property
    def prop(self):
        return 1

    def method(self):
        pass

    async def amethod(self):
        pass


PREDICATES = ['ismodule', 'isclass', 'ismethod', 'isfunction', 'isgeneratorfunction',
              'iscoroutinefunction', 'isasyncgenfunction', 'isgenerator', 'iscoroutine',
              'isasyncgen', 'isawaitable', 'istraceback', 'isframe', 'iscode', 'isbuiltin',
              'ismethodwrapper', 'isroutine', 'isabstract', 'ismethoddescriptor',
              'isdatadescriptor', 'ismemberdescriptor', 'isgetsetdescriptor']
g, c, ag = gen(), coro(), agen()
samples = [('module', sys), ('class', Slotted), ('function', plain), ('lambda', lambda: 0),
           ('method', Slotted().method), ('amethod', Slotted().amethod), ('genfunc', gen),
           ('corofunc', coro), ('agenfunc', agen), ('partial', functools.partial(coro)),
           ('generator', g), ('coroutine', c), ('asyncgen', ag), ('code', plain.__code__),
           ('frame', sys._getframe()), ('builtin', len), ('boundbuiltin', [].append),
           ('methoddesc', str.join), ('wrapper', object().__str__), ('property', Slotted.prop),
           ('slot', Slotted.field), ('staticmethod', staticmethod(plain)), ('int', 7)]
for label, obj in samples:
    print(label, [name[2:] for name in PREDICATES if getattr(inspect, name)(obj)])
c.close()


class Abstract(abc.ABC):
    @abc.abstractmethod
    def need(self):
        pass


class Concrete(Abstract):
    def need(self):
        return 1


print(inspect.isabstract(Abstract), inspect.isabstract(Concrete), inspect.isabstract(Slotted))
print(inspect.getgeneratorstate(g), next(g), inspect.getgeneratorstate(g),
      inspect.getgeneratorlocals(g))
print(g.send('sent'), inspect.getgeneratorlocals(g))
g.close()
print(inspect.getgeneratorstate(g), inspect.getgeneratorlocals(g))
c = coro()
print(inspect.getcoroutinestate(c), inspect.getcoroutinelocals(c))
c.close()
print(inspect.getcoroutinestate(c))
try:
    inspect.getgeneratorlocals(c)
except TypeError as e:
    print('TypeError:', e.args[0].split(' at ')[0])


def outer():
    hidden = 'h'
    def inner(n):
        return hidden + str(n) + plain.__name__ + len.__name__
    return inner


cv = inspect.getclosurevars(outer())
print(cv.nonlocals, sorted(cv.globals), sorted(cv.builtins), sorted(cv.unbound))

first = lambda: 0
second = functools.wraps(first)(lambda: 1)
third = functools.wraps(second)(lambda: 2)
print(inspect.unwrap(third) is first, inspect.unwrap(third, stop=lambda f: f is second) is second)
loop = lambda: 0
loop.__wrapped__ = loop
try:
    inspect.unwrap(loop)
except ValueError as e:
    print('ValueError:', e.args[0].split(' at ')[0])


def where(depth, *extra, **named):
    here = inspect.currentframe()
    info = inspect.getframeinfo(here, context=3)
    print(info.function, info.lineno, info.index, info.code_context)
    print(info.positions.lineno, info.positions.col_offset, info.positions.end_col_offset)
    print([record.function for record in inspect.stack()][:3], inspect.getlineno(here))
    record = inspect.stack(0)[0]
    print(record.code_context, record.index, record.frame is here, len(record), record[3])
    args = inspect.getargvalues(here)
    print(args.args, args.varargs, args.keywords)
    print(inspect.formatargvalues(args.args, args.varargs, args.keywords,
                                  {'depth': depth, 'extra': extra, 'named': named}))
    if depth:
        return where(depth - 1)
    try:
        raise KeyError('k')
    except KeyError:
        for record in inspect.trace():
            print('trace', record.function, record.lineno, record.code_context)
        tb = sys.exc_info()[2]
        print([r.function for r in inspect.getinnerframes(tb)], inspect.getframeinfo(tb).lineno)


where(1, 'x', key='v')
print(inspect.FrameInfo._fields, inspect.Traceback._fields)
for wrong in (5, types.SimpleNamespace(f_lineno=3)):
    try:
        inspect.getframeinfo(wrong)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ':', e)
print(inspect.getargs(plain.__code__), inspect.CO_GENERATOR, inspect.CO_COROUTINE,
      inspect.CO_ASYNC_GENERATOR, inspect.CO_VARARGS, inspect.CO_VARKEYWORDS,
      inspect.CO_ITERABLE_COROUTINE, inspect.TPFLAGS_IS_ABSTRACT)
print(bool(gen.__code__.co_flags & inspect.CO_GENERATOR), inspect.GEN_RUNNING,
      inspect.CORO_SUSPENDED)


class NotAbc:
    @abc.abstractmethod
    def need(self):
        pass


class Watching(abc.ABC):
    @abc.abstractmethod
    def need(self):
        pass

    def __init_subclass__(cls, **kwargs):
        # ABCMeta has not computed __abstractmethods__ yet at this point
        print('  being built:', cls.__name__, inspect.isabstract(cls))


class StillAbstract(Watching):
    pass


class Done(Watching):
    def need(self):
        return 1


print(inspect.isabstract(NotAbc), inspect.isabstract(StillAbstract), inspect.isabstract(Done))
