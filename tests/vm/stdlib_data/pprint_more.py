# pprint: nesting, compact, depth, underscore_numbers, indent/stream, strings and bytes wrapping.
import pprint, io, collections
data = [{'id': i, 'tags': ['t%d' % j for j in range(i)], 'text': 'word ' * (i * 3)} for i in range(6)]
pprint.pprint(data, width=50)
pprint.pprint(data, width=50, compact=True, sort_dicts=False)
pprint.pprint({'z': {'y': {'x': {'w': 1}}}, 'a': [[[1, 2], [3]]]}, depth=2)
pprint.pprint({'numbers': [10**i for i in range(12)]}, underscore_numbers=True, width=40)
s = io.StringIO()
pp = pprint.PrettyPrinter(indent=4, width=30, stream=s)
pp.pprint({'key%d' % i: ('value', i) for i in range(4)})
print(s.getvalue(), end='')
print(pp.pformat(set('abcdefghijklmnop')), pp.isreadable({1: 2}), pp.isrecursive([]))
pprint.pprint(frozenset(range(30)), width=40)
pprint.pprint(collections.OrderedDict(), width=10)
pprint.pprint((('a' * 30, 'b' * 30),), width=40)
pprint.pprint(['x' * 100])
pprint.pprint('a\nb\nccc ' * 8, width=20)
pprint.pprint([b'\x00' * 30], width=30)
pprint.pprint(list(range(100)), compact=True, indent=2, width=60)
pprint.pprint({(1, 2): [3, 4], (0,): None, (1,): {}})
print(pprint.saferepr({'b': [1, {'c': (2,)}], 'a': set()}))
class R:
    def __repr__(self): return '<R with a long representation that will not be broken up at all>'
pprint.pprint([R(), R()], width=40)
