# OrderedDict reordering (front and back), views, order-aware equality, pickling state;
# defaultdict copies and reduce; Counter arithmetic and comparisons; ChainMap children;
# namedtuple options, field access and errors.
from collections import OrderedDict, defaultdict, Counter, ChainMap, namedtuple

od = OrderedDict.fromkeys('abcde', 0)
od.move_to_end('a'); od.move_to_end('e', last=False); od.move_to_end('c', False)
print(list(od), od.popitem(last=False), od.popitem(), list(od))
print(od.keys(), od.values(), od.items(), list(reversed(od.items())), list(reversed(od.keys())))
print('b' in od.keys(), ('b', 0) in od.items(), 0 in od.values(), len(od.keys()), od.keys() & {'b', 'zz'})
od['a'] = 1; od['b'] = 2; od.update([('z', 9)], y=8)
print(od, od == OrderedDict(od), od == dict(reversed(list(od.items()))), od != OrderedDict(reversed(list(od.items()))))
cls, args, state, lst, items = od.__reduce__()
print(cls.__name__, args, state, list(items))
od.tag = 'kept'
print(od.__reduce__()[2], od.pop('z'), od.setdefault('q', 5), od.copy(), type(od | {}).__name__, {'k': 0} | od)
class Recent(OrderedDict):
    def __setitem__(self, key, value):
        super().__setitem__(key, value)
        self.move_to_end(key)
r = Recent(a=1, b=2)
r['a'] = 3
r.update(b=4)
print(r, list(r))
big = OrderedDict((i, i) for i in range(2000))
drained = [big.popitem(last=False)[0] for _ in range(1990)]
print(drained[:3], drained[-1], list(big)[:3], len(big))
loop = OrderedDict(); loop['me'] = loop
print(loop)

dd = defaultdict(list)
dd['x'].append(1)
dd2 = dd.copy()
dd2['y'].append(2)
print(dd, dd2, dd.__reduce__()[:2], defaultdict(None).__reduce__()[:2], dd2.default_factory is list)
nested = defaultdict(lambda: defaultdict(int))
nested['a']['b'] += 3
print({k: dict(v) for k, v in nested.items()}, repr(defaultdict(None, a=1)))

a, b = Counter('aaabbc'), Counter(a=1, b=5, d=2)
print(a + b, a - b, b - a, a | b, a & b, +Counter(x=-1, y=2), -Counter(x=-1, y=2))
print(a == Counter(c=1, b=2, a=3), a != b, Counter(a=1) <= a, a < a, a >= Counter(), Counter(a=1) > Counter())
c = Counter(a)
c += Counter(a=-5)
c -= Counter(b=1)
c |= Counter(z=2, c=0)
c &= Counter(b=1, z=1, c=5)
print(c, a.most_common(1), a.most_common(10), a.most_common(-1), sorted(a.elements()), a.total())
c.subtract(['z', 'z'], b=3)
c.update(Counter(q=2), w=1)
print(c, Counter({'x': 'y'}), Counter(a=2.5).most_common())
for bad in [lambda: a + {'a': 1}, lambda: a < {}, lambda: list(Counter(x=1.5).elements()), lambda: Counter.fromkeys('ab')]:
    try:
        bad()
    except (TypeError, NotImplementedError) as e:
        print(type(e).__name__, e)

base = {'a': 1}
cm = ChainMap({'b': 2}, base)
kid = cm.new_child({'c': 3}, d=4)
print(kid, kid.parents, kid.maps[1] is cm.maps[0], list(kid), len(kid), kid['a'], kid.get('zz'))
kid['a'] = 10
print(base, kid['a'], kid.pop('a'), kid.pop('a', 'none'), ChainMap.fromkeys('xy', 1), kid | {'e': 5}, {'e': 5} | kid)
for bad in [lambda: kid.pop('b'), lambda: ChainMap().popitem(), lambda: kid['nope']]:
    try:
        bad()
    except KeyError as e:
        print('KeyError', e)
kid.clear()
print(kid, bool(ChainMap({}, {})), bool(ChainMap({}, {1: 1})))

Pt = namedtuple('Pt', 'x y z', defaults=[0], module='geometry')
p = Pt(1, 2)
print(p, Pt.__module__, Pt.__doc__, Pt._field_defaults, Pt.z.__doc__, p._asdict(), p._replace(z=5), Pt._make(range(3)))
print(p.__getnewargs__(), Pt.__match_args__, Pt.__new__.__doc__, Pt.__new__.__defaults__, Pt._make.__qualname__)
Single = namedtuple('Single', 'only')
print(Single(1), Single._make([2]), namedtuple('Empty', [])(), namedtuple('T', ['_1', 'def', 'ok', 'ok'], rename=True)._fields)
for call in [lambda: Pt(), lambda: Pt(1, 2, 3, 4), lambda: Pt(1, 2, x=3), lambda: Pt._make([1]), lambda: p._replace(w=1, v=2),
             lambda: namedtuple('T', 'a', defaults=[1, 2]), lambda: namedtuple('T', ['a', 3.5]), lambda: namedtuple('', 'a'),
             lambda: namedtuple('T', ['a', 'a']), lambda: namedtuple('T', '_a'), lambda: namedtuple('T', 'while')]:
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
class Named(Pt):
    __slots__ = ()
    def norm(self):
        return self.x + self.y + self.z
n = Named(1, 2, 3)
print(n, n.norm(), type(n._replace(x=0)).__name__, Named._make([4, 5, 6]).norm(), n == (1, 2, 3), hash(n) == hash((1, 2, 3)))
