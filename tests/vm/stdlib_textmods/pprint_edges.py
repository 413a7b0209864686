# pprint: recursion markers, subclasses, padding with indent > 1, depth elision,
# a format() override and the empty special cases.
import pprint, types, collections, dataclasses, io

def show(obj, **kw):
    print(pprint.pformat(obj, **kw).replace(str(id(obj)), 'ID'))

import dataclasses as dc
@dc.dataclass
class Node:
    items: list
    me: object = None
node = Node(list(range(25)))
node.me = node
show(node, width=40)
show(types.SimpleNamespace(a=list(range(25)), b='text ' * 10), width=40)
d = {'nums': list(range(20))}
d['self'] = d
show(d, width=30)
print(pprint.saferepr(d).replace(str(id(d)), 'ID'), pprint.isrecursive(d), pprint.isreadable(d))

class L(list): pass
class D(dict): pass
class T(tuple): pass
class F(frozenset): pass
class I(int): pass
class Shown(list):
    def __repr__(self): return 'Shown' + list.__repr__(self)
show(L(range(30)), width=40, compact=True)
show(D((i, 'v' * i) for i in range(8)), width=30)
show(T(range(3)), width=5, indent=3)
show(F(range(12)), width=20)
show([I(10 ** 9), True, 10 ** 12], underscore_numbers=True)
show(Shown(range(40)), width=30)

show([{}, [], (), set(), collections.ChainMap(), collections.deque(), b'', ''], width=1, indent=3)
show(((1,), [(2,)], {'k': (3,)}), depth=1)
show([[(1,)]] * 3, depth=2, width=10)

@dataclasses.dataclass
class Point:
    x: int
    tags: list
    hidden: int = dataclasses.field(default=0, repr=False)
@dataclasses.dataclass
class Custom:
    x: list
    def __repr__(self): return 'Custom!'
show([Point(1, ['tag%d' % i for i in range(8)]), Custom(list(range(50)))], width=40)

show(types.MappingProxyType({'a': list(range(30))}), width=40, indent=2)
show(collections.Counter('mississippi' * 3), width=30, indent=4)
show(collections.defaultdict(None, {'x': 'y' * 80}), indent=2)
show(collections.deque(range(30), maxlen=30), width=30, compact=True)
show('one\ntwo three four\n' * 5, width=20)
show({'key': b'\x00\x01\x02\x03' * 12}, width=40)

class Upper(pprint.PrettyPrinter):
    def format(self, obj, context, maxlevels, level):
        if isinstance(obj, str):
            return obj.upper(), True, False
        return super().format(obj, context, maxlevels, level)
print(Upper(width=30).pformat({'name': ['alpha', 'beta', 'gamma', 'delta', 'epsilon']}))
out = io.StringIO()
pprint.pprint({'b': 1, 'a': [2] * 25}, out, width=30)
pprint.pp({'b': 1, 'a': [2] * 25}, out, width=30)
print(out.getvalue(), end='')
print(pprint.PrettyPrinter().isreadable([1, (2,)]), pprint.PrettyPrinter().isrecursive([1]))
