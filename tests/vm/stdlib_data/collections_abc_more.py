# collections.abc against more built-in objects: views, iterators, generators, coroutines, callables.
import collections.abc as cabc, types, sys
def gen(): yield 1
async def coro(): pass
async def agen(): yield 1
c = coro()
objs = {'dict_keys': {}.keys(), 'dict_items': {}.items(), 'dict_values': {}.values(), 'mappingproxy': type.__dict__,
        'gen': gen(), 'coro': c, 'agen': agen(), 'range_it': iter(range(3)), 'str_it': iter('ab'), 'set_it': iter({1}),
        'zip': zip(), 'map': map(len, []), 'filter': filter(None, []), 'enumerate': enumerate([]), 'reversed': reversed([1]),
        'slice': slice(1), 'complex': 1j, 'bool': True, 'Ellipsis': ..., 'type': int, 'module': sys, 'func': gen,
        'method': [].append, 'lambda': lambda: 0, 'frozenset': frozenset(), 'bytes_it': iter(b'x'), 'dict_keyit': iter({}),
        'object': object(), 'NotImplemented': NotImplemented, 'property': property(), 'memoryview': memoryview(b'')}
for name, o in objs.items():
    print(name, [n for n in cabc.__all__ if isinstance(o, getattr(cabc, n))])
c.close()
print(issubclass(types.GeneratorType, cabc.Generator), issubclass(type({}.keys()), cabc.Set))
