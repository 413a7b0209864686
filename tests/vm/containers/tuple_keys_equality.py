# Tuple equality as dict/set lookups, `in` and == use it: identity first, then item by
# item with each item's __eq__, stopping at the first difference; nested and deep tuples.
calls = []


class Key:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        calls.append((self.v, getattr(other, "v", other)))
        return isinstance(other, Key) and self.v == other.v

    def __hash__(self):
        return hash(self.v)


grid = {}
for x in range(30):
    for y in range(30):
        grid.setdefault((x % 7, y % 5), []).append((x, y))
print(len(grid), len(grid[(3, 4)]), grid.get((6, 4), [])[:3], (2, 2) in grid, (7, 0) in grid)

d = {(1, "a", 2.5): "first", ((1, 2), (3, (4, 5))): "nested"}
print(d[(1, "a", 2.5)], d[(1.0, "a", 2.5)], d[((1, 2), (3, (4, 5)))])
print((1, 2) == (1, 2.0), (1, 2) != (1, 2), (1, 2) == (1, 2, 3), ("x" * 3, 4) == ("xxx", 4))

nan = float("nan")
print((nan,) == (nan,), (float("nan"),) == (float("nan"),), {(nan, 1): 1}.get((nan, 1)))

calls.clear()
a, b = (Key(1), Key(2), Key(3)), (Key(1), Key(9), Key(3))
print(a == b, a != b, calls)
calls.clear()
s = {(Key(5), 1), (Key(6), 2)}
print((Key(5), 1) in s, (Key(5), 2) in s, sorted(calls))
calls.clear()
print((Key(1), 2) == (1, 2), calls)


class Boom:
    def __eq__(self, other):
        raise ValueError("no comparing")

    def __hash__(self):
        return 1


try:
    {(Boom(), 1): 0}[(Boom(), 1)]
except ValueError as e:
    print("ValueError:", e)

deep_a = deep_b = ()
for i in range(100000):
    deep_a = (deep_a, i)
    deep_b = (deep_b, i)
try:
    print(deep_a == deep_b)
except RecursionError as e:
    print("RecursionError:", e)
try:
    print(deep_a in [deep_b])
except RecursionError as e:
    print("RecursionError:", e)
