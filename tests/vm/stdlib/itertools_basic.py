import itertools
from itertools import *

c = count()
print(next(c), next(c), repr(c))
print(repr(count(5, 2)), repr(count(1.5)), repr(count(0, 0.5)), repr(count(3, 1.0)))
print(list(islice(count(10, -3), 4)))
r = repeat('a', 3)
print(repr(r), list(r), repr(r))
print(repr(repeat(None)), list(repeat(1, -2)), list(repeat(7, times=2)))
print(list(islice(cycle('abc'), 8)), list(cycle([])))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3], initial=10)))
print(list(accumulate([3, 1, 4, 1, 5], max)), list(accumulate([], initial=5)), list(accumulate([])))
print(list(accumulate([1, 2, 3, 4], lambda a, b: a * b)))
print(list(chain('ab', [1, 2], ())), list(chain.from_iterable(['xy', 'z'])))
print(list(chain()))
print(list(compress('ABCDEF', [1, 0, 1, 0, 1, 1])))
print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, '', 'a'])))
print([(k, list(g)) for k, g in groupby('AAAABBBCCDAABBB')])
print([k for k, g in groupby('AAAABBBCCD')])
print([(k, list(g)) for k, g in groupby([1, 2, 3, 4, 5, 6], key=lambda x: x // 3)])
gb = groupby('aabbc')
k1, g1 = next(gb)
k2, g2 = next(gb)
print(k1, list(g1), k2, list(g2))
gb = groupby('aabbb')
k, g = next(gb)
print(next(g))
k, g = next(gb)
print(k, list(g))
print(list(islice('ABCDEFG', 2)), list(islice('ABCDEFG', 2, 4)), list(islice('ABCDEFG', 2, None)))
print(list(islice('ABCDEFG', 0, None, 2)), list(islice(range(100), 5, 40, 7)), list(islice('ab', 5)))
for args in [(-1,), (1, -1), (0, 1, 0), ('x',), (1, 'a')]:
    try:
        islice('abc', *args)
    except ValueError as e:
        print('ValueError', e)
it = iter(range(10))
print(list(islice(it, 3)), next(it))
print(list(pairwise('ABCDE')), list(pairwise('A')), list(pairwise('')))
print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])))
a, b = tee(range(5))
print(list(a), list(b))
a, b, c = tee(iter('xyz'), 3)
print(next(a), next(a), next(b), list(c), list(a), list(b))
print(tee('ab', 0))
print(list(zip_longest('ABCD', 'xy', fillvalue='-')), list(zip_longest()), list(zip_longest('a', [])))
print(list(product('AB', 'xy')), list(product(range(2), repeat=3)))
print(list(product()), list(product('ab', [])))
print(list(permutations('ABC', 2)), list(permutations(range(3))), list(permutations('ab', 3)))
print(list(combinations('ABCD', 2)), list(combinations(range(4), 3)), list(combinations('a', 2)))
print(list(combinations('abc', 0)))
print(list(combinations_with_replacement('ABC', 2)), list(combinations_with_replacement('', 0)))
print(list(combinations_with_replacement('', 1)))
try:
    combinations('abc', -1)
except ValueError as e:
    print('ValueError', e)
try:
    list(product('a', repeat=-1))
except ValueError as e:
    print('ValueError', e)
try:
    tee('a', -1)
except ValueError as e:
    print('ValueError', e)
try:
    count('a')
except TypeError as e:
    print('TypeError', e)
print(sum(1 for _ in permutations(range(5))), len(list(product(range(3), repeat=4))))
