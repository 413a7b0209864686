t = (1, 2, 3, 2, 1)
print(t, len(t), t[1], t[-1], t[1:3], t[::-1], t.count(2), t.index(3), t.index(1, 1))
print(t + (4,), t * 2, (1,) * 0, 2 in t, () == tuple())
print(tuple("abc"), tuple([1, 2]), tuple(range(3)), tuple({1: 2}))
a, b, *c = t
print(a, b, c)
print((1, 2) < (1, 3), (1, 2) < (1, 2, 3), (2,) > (1, 99), (1, "a") == (1, "a"))
print(hash((1, 2)) == hash((1, 2)), hash(()) == hash(()), {(1, 2): "pair"}[(1, 2)])
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], len(nested))
try:
    t[0] = 5
except TypeError as e:
    print("TypeError", e)
try:
    hash((1, [2]))
except TypeError as e:
    print("TypeError", e)
try:
    t.index(99)
except ValueError as e:
    print("ValueError", e)
tl = ([1],)
tl[0].append(2)
print(tl)
try:
    tl[0] += [3]
except TypeError as e:
    print("TypeError", e, tl)
print(repr((1,)), repr(()), repr((None, ...)), str((1, "a")))
