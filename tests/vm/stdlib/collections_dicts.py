from collections import defaultdict, OrderedDict, Counter, ChainMap

s = [('yellow', 1), ('blue', 2), ('yellow', 3), ('blue', 4), ('red', 1)]
d = defaultdict(list)
for k, v in s:
    d[k].append(v)
print(d, sorted(d.items()), d.default_factory)
c = defaultdict(int)
for ch in 'mississippi':
    c[ch] += 1
print(c, defaultdict(), defaultdict(None, {1: 2}), isinstance(c, dict))
n = defaultdict(None)
try:
    n['x']
except KeyError as e:
    print('KeyError', e)
try:
    defaultdict(5)
except TypeError as e:
    print('TypeError', e)
cp = c.copy()
print(type(cp).__name__, cp == c, cp.default_factory, 'z' in c, c.get('z'), c['z'], 'z' in c)
print(defaultdict(lambda: 'x', a=1)['b'] == 'x', defaultdict(list, [(1, 2)]) | {3: 4})

od = OrderedDict.fromkeys('abcde')
od.move_to_end('b')
print(''.join(od), od)
od.move_to_end('b', last=False)
print(''.join(od))
print(od.popitem(), od.popitem(last=False), od)
try:
    od.move_to_end('zz')
except KeyError as e:
    print('KeyError', e)
try:
    OrderedDict().popitem()
except KeyError as e:
    print('KeyError', e)
print(OrderedDict(), OrderedDict([('a', 1), ('b', 2)]), OrderedDict(x=1))
o1 = OrderedDict([('a', 1), ('b', 2)])
o2 = OrderedDict([('b', 2), ('a', 1)])
print(o1 == o2, o1 == dict(o2), dict(o1) == o2, o1.copy(), o1 | {'c': 3})
o1.setdefault('z', 0)
o1['a'] = 5
print(o1, list(o1.keys()), list(reversed(o1)))

cnt = Counter()
for word in ['red', 'blue', 'red', 'green', 'blue', 'blue']:
    cnt[word] += 1
print(cnt, cnt['missing'], cnt.most_common(2), cnt.total())
c = Counter('abracadabra')
print(c, c.most_common(3), sorted(c.elements()), c.most_common())
print(Counter(a=4, b=2, c=0, d=-2), list(Counter(a=4, b=2, c=0, d=-2).elements()))
c = Counter(a=4, b=2, c=0, d=-2)
c.subtract(Counter(a=1, b=2, c=3, d=4))
print(c, +c, -c)
a = Counter(a=3, b=1)
b = Counter(a=1, b=2)
print(a + b, a - b, a & b, a | b, Counter(), Counter({'x': 1}) == Counter(x=1, y=0))
a.update(['a', 'z'])
a.update({'b': 5})
print(a, a <= a + b, a < a, Counter(a=1) >= Counter())
del a['nope']
del a['z']
print(a, Counter('aab') == Counter('aba'))
try:
    Counter.fromkeys('ab')
except NotImplementedError as e:
    print('NotImplementedError', e)
x = Counter(a=2)
x += Counter(a=-5, b=1)
print(x)
x -= Counter(b=3)
print(x, Counter('hello').most_common(0), isinstance(x, dict))

baseline = {'music': 'bach', 'art': 'rembrandt'}
adjustments = {'art': 'van gogh', 'opera': 'carmen'}
cm = ChainMap(adjustments, baseline)
print(cm, list(cm), len(cm), cm['art'], cm['music'], 'opera' in cm, cm.get('x', 1))
print(cm.maps, cm.parents, ChainMap(), bool(ChainMap({})), sorted(cm.items()))
child = cm.new_child()
child['x'] = 1
print(child, child.new_child({'q': 0}), dict(child))
try:
    cm['nope']
except KeyError as e:
    print('KeyError', e)
try:
    del cm['music']
except KeyError as e:
    print('KeyError', e)
try:
    ChainMap({}).popitem()
except KeyError as e:
    print('KeyError', e)
try:
    cm.pop('music')
except KeyError as e:
    print('KeyError', e)
cm['music'] = 'x'
print(adjustments, cm.pop('music'), list(cm.keys()), list(cm.values()))
print(cm == {'art': 'van gogh', 'opera': 'carmen', 'music': 'bach'}, cm.copy())
for obj in (defaultdict(int), OrderedDict(), Counter(), ChainMap()):
    try:
        hash(obj)
    except TypeError as e:
        print('TypeError', e)
print(type(defaultdict()), type(OrderedDict()), type(Counter()), type(ChainMap()))
