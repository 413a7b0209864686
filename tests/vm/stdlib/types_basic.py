import types, sys
names = ['FunctionType', 'LambdaType', 'MethodType', 'BuiltinFunctionType', 'BuiltinMethodType',
         'ModuleType', 'SimpleNamespace', 'GeneratorType', 'CoroutineType', 'AsyncGeneratorType',
         'CodeType', 'CellType', 'FrameType', 'TracebackType', 'MappingProxyType',
         'GenericAlias', 'UnionType', 'NoneType', 'EllipsisType', 'NotImplementedType',
         'WrapperDescriptorType', 'MethodWrapperType', 'MethodDescriptorType',
         'ClassMethodDescriptorType']
for n in names:
    print(n, getattr(types, n))
def f(): pass
print(isinstance(f, types.FunctionType), isinstance(len, types.BuiltinFunctionType), isinstance(sys, types.ModuleType))
class K:
    def m(self): return 'm'
print(isinstance(K().m, types.MethodType), types.MethodType(lambda self: self.__class__.__name__, K())())
ns = types.SimpleNamespace(a=1, b='x')
ns.c = [3]
print(ns, ns == types.SimpleNamespace(a=1, b='x', c=[3]))
m = types.ModuleType('mymod', 'doc here')
m.x = 5
print(m.__name__, m.__doc__, m.x)
mp = types.MappingProxyType({'k': 1})
print(mp['k'], len(mp), list(mp))
try:
    mp['z'] = 2
except TypeError as e:
    print('TypeError', e)
print(types.NoneType is type(None), types.EllipsisType is type(...), types.NotImplementedType is type(NotImplemented))
print(types.GenericAlias(list, (int,)), list[int] == types.GenericAlias(list, int))
print(isinstance(int | str, types.UnionType))
# new_class and friends
def body(ns):
    ns['x'] = 42
    ns['hello'] = lambda self: 'hi'
C = types.new_class('C', (K,), exec_body=body)
print(C.__name__, C.x, C().hello(), C().m(), C.__mro__)
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print('prepare', name, kw)
        return {'prepared': True}
    def __new__(mcls, name, bases, ns, **kw):
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
D = types.new_class('D', (), {'metaclass': Meta, 'flag': 1})
print(type(D).__name__, D.prepared)
meta, ns, kw = types.prepare_class('E', (), {'metaclass': Meta, 'q': 2})
print(meta.__name__, ns, kw)
print(types.prepare_class('F', (int,)))
class Entry:
    def __mro_entries__(self, bases):
        return (K,)
print(types.resolve_bases((Entry(), int)), types.resolve_bases((int,)))
G = types.new_class('G', (Entry(),))
print(G.__mro__[1], G.__orig_bases__[0].__class__.__name__)
class M1(type): pass
class M2(type): pass
try:
    types.new_class('H', (M1('A', (), {}), M2('B', (), {})))
except TypeError as e:
    print(e)
class DCA:
    @types.DynamicClassAttribute
    def attr(self):
        return 'instance value'
print(DCA().attr)
try:
    DCA.attr
except AttributeError:
    print('AttributeError on class')
def gen():
    x = yield 1
    yield x
@types.coroutine
def legacy():
    v = yield 'step'
    return v
async def use():
    r = await legacy()
    return r * 2
co = use()
print(co.send(None))
try:
    co.send(21)
except StopIteration as e:
    print('result', e.value)
print(type(gen()) is types.GeneratorType)
