import pprint, collections, dataclasses, types
data = {'name': 'spry', 'versions': list(range(30)), 'nested': {'a': [1, 2, {'b': (3, 4, 5) * 8}], 'z': None},
        'text': 'the quick brown fox jumps over the lazy dog ' * 4, 'blob': bytes(range(40)), 't1': (1,),
        'set': set(range(25)), 'fs': frozenset({3, 1, 2}), 'mixed': {1: 'a', 'b': 2, (1, 2): 3.5}}
pprint.pprint(data)
pprint.pprint(data, width=40, indent=3)
pprint.pprint(data, depth=2)
pprint.pprint(data, compact=True, width=50)
pprint.pp({'b': 1, 'a': [2] * 40})
print(pprint.pformat(list(range(50)), compact=True, width=30))
l = [1, 2]; l.append(l); print(pprint.saferepr(l)[:30], pprint.isrecursive(l), pprint.isreadable(l), pprint.isreadable([1, 'a']))
print(pprint.pformat(collections.OrderedDict((str(i), i) for i in range(12))))
print(pprint.pformat(collections.Counter('abracadabra' * 9), width=20))
print(pprint.pformat(collections.defaultdict(list, {i: [i] * 10 for i in range(4)})))
print(pprint.pformat(collections.deque(range(40), maxlen=50)))
print(pprint.pformat(collections.ChainMap({'a': list(range(20))}, {'b': list(range(20))})))
@dataclasses.dataclass
class Pt:
    x: int
    y: list
    z: str = 'zz'
print(pprint.pformat([Pt(1, list(range(30))), Pt(2, [])], width=60))
print(pprint.pformat(types.SimpleNamespace(a=list(range(30)), b='x' * 70)))
print(pprint.pformat(bytearray(range(60)), width=40))
print(pprint.pformat(10**40, underscore_numbers=True))
print(pprint.pformat('a ' * 60))
print(pprint.pformat({'k': 'long line ' * 12}, width=50))
print(pprint.pformat(type.__dict__['__dict__'].__class__))
print(pprint.pformat([[[[1]]]], depth=2), pprint.pformat({'a': {'b': {}}}, depth=1))
print(pprint.pformat([1, 'x', None, 3.5, b'y'], indent=4, width=10))
for bad in [dict(indent=-1), dict(depth=0), dict(width=0)]:
    try: pprint.PrettyPrinter(**bad)
    except ValueError as e: print(e)
print(pprint.pformat(sorted([(3, 'a'), (1, 'b')] * 10), width=25))
print(pprint.pformat({1: 'a', 'x': 2, None: 3, 2.5: 4}))
