# WeakSet algebra and comparisons, the weak mappings' full method set (pop/popitem/
# setdefault/update/|/copy/refs), KeyedRef, and entries leaving while a loop runs.
import weakref, gc

class Obj:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return 'O%d' % self.n
def names(items):
    return sorted(o.n for o in items)

objs = [Obj(i) for i in range(6)]
ws = weakref.WeakSet(objs[:3])
other = weakref.WeakSet(objs[2:5])
print(names(ws | other), names(ws & other), names(ws - other), names(ws ^ other))
print(names(ws.union(objs[5:])), names(ws.intersection(objs[1:2])), names(ws.difference([objs[0]])))
print(ws <= weakref.WeakSet(objs), ws < set(objs), ws >= [objs[0]], ws > weakref.WeakSet(), ws.isdisjoint(objs[4:]))
print(ws == weakref.WeakSet(objs[:3]), ws == set(objs[:3]), ws != other, objs[0] in ws, 3 in ws, [] in ws)
w2 = ws.copy()
w2 |= objs[3:4]; w2 -= objs[:1]; w2 &= objs[1:]; w2 ^= objs[5:]
print(names(w2), type(w2).__name__, len(ws))
for call in ['ws.add(1)', 'ws.remove(objs[5])', 'weakref.WeakSet().pop()', 'hash(ws)', 'ws.remove([])']:
    try:
        eval(call)
    except (TypeError, KeyError) as e:
        print(type(e).__name__, str(e).split(' at ')[0])
popped = weakref.WeakSet(objs[:1]).pop()
print(popped, type(ws.__reduce__()[1][0]).__name__)
gone = Obj(99)
ws.add(gone)
seen = []
for item in ws:
    seen.append(item.n)
    if gone is not None:
        gone = None
print(len(seen) >= 3, len(ws), names(ws))
w2.clear(); w2.update(objs[:2]); w2.discard(objs[0]); w2.discard(objs[5])
print(names(w2), weakref.WeakSet[int])

W = weakref.WeakValueDictionary
d = W({'a': objs[0]}, b=objs[1])
d.update([('c', objs[2])], d=objs[3])
print(sorted(d), d['a'], d.get('zz', 'default'), 'b' in d, 'zz' in d, len(d))
print(d.pop('d'), d.pop('d', 'gone'), d.setdefault('a', objs[5]), d.setdefault('e', objs[4]))
print(sorted(d.keys()), names(d.values()), sorted(k for k, v in d.items()))
refs = d.valuerefs()
print(len(refs), sorted(r.key for r in refs), all(type(r) is weakref.KeyedRef for r in d.itervaluerefs()))
print(type(d.copy()).__name__, sorted(d | {'z': objs[5]}), type({'y': objs[5]} | d).__name__)
d |= {'f': objs[5]}
print(sorted(d), d == dict(d.items()))
for call in ["d['nope']", "d.pop('nope')", "W().popitem()", "d.__setitem__('i', 3)", "W({}, {})"]:
    try:
        eval(call)
    except (TypeError, KeyError) as e:
        print(type(e).__name__, e)
temp = Obj(50)
d['t'] = temp
print('t' in d, d.get('t'))
del temp
print('t' in d, sorted(d))
kr = weakref.KeyedRef(objs[0], None, 'key0')
print(kr.key, kr() is objs[0])

K = weakref.WeakKeyDictionary
k = K({objs[0]: 'zero'})
k.update({objs[1]: 'one'}, **{})
k.update([(objs[2], 'two')])
print(names(k.keys()), sorted(k.values()), k[objs[1]], k.get(objs[5], '-'), objs[0] in k, 1 in k)
print(k.pop(objs[2]), k.pop(objs[2], 'none'), k.setdefault(objs[3], 'three'), k.setdefault(objs[0], 'x'))
print(len(k.keyrefs()), type(k.keyrefs()[0]).__name__, sorted(v for _, v in k.items()))
print(sorted((k | {objs[4]: 'four'}).values()), type(k.copy()).__name__)
temp = Obj(60)
k[temp] = 'temp'
print(len(k))
del temp
print(len(k), k.popitem()[1] in ('zero', 'one', 'three'))
if objs[1] in k:
    del k[objs[1]]
print(len(k))
