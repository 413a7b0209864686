# graphlib: which cycle is reported (first back edge of a depth-first search in
# insertion order), batch order of get_ready, repeated edges, done() errors.
from graphlib import CycleError, TopologicalSorter

graphs = [
    {1: [2], 2: [3], 3: [4], 4: [2]},
    {'a': ['b', 'c'], 'b': ['d'], 'c': ['d'], 'd': ['a']},
    {5: [6, 7], 6: [], 7: [8], 8: [9], 9: [7, 6]},
    {'x': ['x']},
    {0: [1, 2], 1: [3], 2: [3], 3: [], 4: [0, 4]},
    {(1, 2): [frozenset({3})], frozenset({3}): [(1, 2)], None: []},
]
for g in graphs:
    ts = TopologicalSorter(g)
    try:
        ts.prepare()
        print('no cycle')
    except CycleError as e:
        print('cycle', e.args[0], e.args[1])
    print(ts.get_ready())

ts = TopologicalSorter()
for node, preds in [('e', 'ab'), ('d', 'a'), ('c', 'b'), ('b', ''), ('a', ''), ('f', 'ee'), ('g', 'dcf')]:
    ts.add(node, *preds)
ts.prepare()
order = []
pending = list(ts.get_ready())
while pending:
    node = pending.pop()
    order.append(node)
    ts.done(node)
    fresh = ts.get_ready()
    order.append(fresh)
    pending.extend(fresh)
print(order, ts.is_active())
ts = TopologicalSorter({'p': ['q']})
ts.prepare()
(q,) = ts.get_ready()
for bad in ('p', 'zz'):
    try:
        ts.done(bad)
    except ValueError as e:
        print('ValueError', e)
ts.done(q)
try:
    ts.done(q)
except ValueError as e:
    print('ValueError', e)
print(ts.get_ready(), bool(ts), list(TopologicalSorter({3: [1, 2], 2: [1]}).static_order()))
print(TopologicalSorter[int], CycleError.__mro__[1].__name__)
try:
    TopologicalSorter().add([1])
except TypeError as e:
    print('TypeError', e)
