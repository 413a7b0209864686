# types: the type names match the objects they describe; new_class / prepare_class /
# resolve_bases; DynamicClassAttribute; coroutine() on generator functions and others.
import sys
import types

def attempt(label, f):
    try:
        print(label, '->', repr(f()))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)

print(sorted(types.__all__))
for name in sorted(types.__all__):
    obj = getattr(types, name)
    if isinstance(obj, type):
        print(name, obj.__name__)

def gen(): yield 1
async def co(): return 1
async def agen(): yield 1
class K:
    def m(self): pass
    @classmethod
    def c(cls): pass
c = co()
print(isinstance(gen, types.FunctionType), isinstance(gen(), types.GeneratorType), isinstance(c, types.CoroutineType),
      isinstance(agen(), types.AsyncGeneratorType), isinstance(K().m, types.MethodType), isinstance(K.c, types.MethodType),
      isinstance(len, types.BuiltinFunctionType), isinstance([].append, types.BuiltinMethodType),
      isinstance(sys, types.ModuleType), isinstance(gen.__code__, types.CodeType), isinstance(K.__dict__, types.MappingProxyType),
      isinstance(None, types.NoneType), isinstance(..., types.EllipsisType), isinstance(list[int], types.GenericAlias),
      isinstance(int | str, types.UnionType), isinstance(sys._getframe(), types.FrameType))
c.close()
ns = types.SimpleNamespace(a=1, b=2)
print(ns, ns.a)

class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print('prepare', name, sorted(kw))
        return {'from_prepare': True}
    def __new__(mcls, name, bases, ns, **kw):
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
class Entries:
    def __mro_entries__(self, bases):
        return (int,)
attempt('resolve_bases', lambda: (types.resolve_bases((int, Entries())), types.resolve_bases((int, str))))
bases = (int,)
attempt('resolve same', lambda: types.resolve_bases(bases) is bases)
class BadEntries:
    def __mro_entries__(self, bases): return [int]
attempt('resolve bad', lambda: types.resolve_bases((BadEntries(),)))
attempt('prepare', lambda: types.prepare_class('X', (), {'metaclass': Meta, 'flag': 1}))
attempt('prepare default', lambda: types.prepare_class('X', (int,)))
class M2(type): pass
class A(metaclass=Meta): pass
class B(metaclass=M2): pass
attempt('conflict', lambda: types.prepare_class('X', (A, B)))
def body(ns):
    ns['x'] = 5
    ns['double'] = lambda self: self.x * 2
X = types.new_class('X', (Entries(),), {'metaclass': Meta, 'k': 1}, body)
print(X.__mro__, X.__orig_bases__ is not None, X.from_prepare, X.x, type(X).__name__)
Y = types.new_class('Y')
print(Y.__mro__, '__orig_bases__' in Y.__dict__)

class Dyn:
    @types.DynamicClassAttribute
    def name(self):
        "the name"
        return 'inst-name'
    @name.setter
    def name(self, v):
        print('set', v)
print(Dyn().name, Dyn.__dict__['name'].__doc__)
Dyn().name = 3
attempt('class access', lambda: Dyn.name)
attempt('delete', lambda: delattr(Dyn(), 'name'))
ro = types.DynamicClassAttribute(None)
attempt('unreadable', lambda: ro.__get__(Dyn()))

@types.coroutine
def legacy():
    yield 'step'
    return 'done'
print(legacy.__code__.co_flags & 0x100 != 0)
async def use():
    return await legacy()
runner = use()
print(runner.send(None))
try:
    runner.send(None)
except StopIteration as e:
    print('result', e.value)
def plain():
    return gen()
wrapped = types.coroutine(plain)
w = wrapped()
print(w.send(None), hasattr(w, '__await__'), wrapped.__name__)
print(types.coroutine(co) is co)
attempt('coroutine bad', lambda: types.coroutine(3))
