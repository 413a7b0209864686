# list.sort/sorted on tuples whose first items are all ints or all strs (compared
# directly; equal first items fall back to whole-tuple comparison), and the mixed cases.
class S(str):
    pass

class Loud:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        print("lt", self.v, other.v)
        return self.v < other.v
    def __eq__(self, other):
        return self.v == other.v
    def __repr__(self):
        return "L%d" % self.v

print(sorted([(3, "c"), (1, "z"), (2, "b"), (1, "a"), (-5, ""), (3, "a"), (0,)]))
print(sorted([("b", 2), ("a", 9), ("b", 1), ("", 0), ("é", 1), ("\u1234", 0), ("a",)]))
print(sorted([("b", 2), ("a", 1)], reverse=True), sorted([(1, 2), (1, 1)], reverse=True))
print(sorted([(2**70, 1), (1, 2), (-2**70, 0)]), sorted([(1.5, "x"), (1, "y"), (True, "z")]))
print(sorted([(S("b"), 1), ("a", 2), (S("a"), 0)]))
print(sorted([("a", 1), ("a", 1.0), ("a", 0.5)]), sorted([(), ("a",), ()]))
print(sorted([(1, Loud(2)), (0, Loud(9)), (1, Loud(1))]))
print(sorted([("x", Loud(2)), ("x", Loud(1)), ("w", Loud(5))]))
counts = {"ka": 3, "lo": 7, "mi": 3, "ne": 1, "ru": 7}
print(sorted(counts.items()), sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
print(sorted(((v, k) for k, v in counts.items()), reverse=True))
rows = [(i % 7, "r%03d" % (i * 37 % 100)) for i in range(100)]
print(sorted(rows)[:6], sorted(rows)[-3:], sorted(rows, key=lambda r: (r[1], r[0]))[:4])
stable = [(1, "b", i) for i in range(5)] + [(0, "a", 9)]
stable.sort(key=lambda r: r[:2])
print(stable)
for bad in ([(1, "a"), ("b", 2)], [(1, "a"), (1, 2)], [("a", 1), ("a", "b")], [(1,), 2]):
    try:
        print(sorted(bad))
    except TypeError as e:
        print("TypeError", e)
nan = float("nan")
print(sorted([(nan, 1), (0.5, 2)])[1][1], sorted([(1, nan), (1, 0.5)])[0][1] == 0.5 or "nan-first")
