# Chained comparisons (`a <= b < c`: SWAP 2; COPY 2; COMPARE_OP) fused for small ints,
# against what makes the fused form stale or not apply: floats, ints past the tagged
# range, strings, objects with comparison methods, a middle operand with side effects
# (evaluated once), every operator, and short-circuiting.
import sys


class Loud:
    def __init__(self, v, log):
        self.v, self.log = v, log

    def __le__(self, other):
        self.log.append("le %r" % other)
        return self.v <= other

    def __ge__(self, other):
        self.log.append("ge %r" % other)
        return self.v >= other

    def __lt__(self, other):
        self.log.append("lt %r" % other)
        return self.v < other

    def __gt__(self, other):
        self.log.append("gt %r" % other)
        return self.v > other


def in_range(values, lo, hi):
    out = []
    for v in values:
        if lo <= v < hi:
            out.append(v)
        else:
            out.append(None)
    return out


small = list(range(-3, 1200))
print(in_range(small, 0, 1000)[-6:], in_range(small, 0, 1000).count(None))
big = 2 ** 62
print(in_range(small + [big, -big, 2 ** 64, 5.5, -0.5, 999.99, 1000.0, True], 0, 1000)[-8:])
print(in_range([3.0] * 1100 + [4, 2 ** 70, 0.5], 1, 10)[-4:])
print(in_range(["b"] * 1100 + ["a", "c", "zz"], "aa", "c")[-3:])


def every_op(pairs):
    out = []
    for a, b in pairs:
        out.append((a < b < 10, a <= b <= 10, a > b > -10, a >= b >= -10,
                    a == b == a, a != b != a, a < b > a, 0 < a == b))
    return out


pairs = [(i % 7, i % 5) for i in range(1200)]
print(every_op(pairs)[-3:])
print(every_op([(1.5, 1.5), (2, 2.0), (2 ** 63, 2 ** 63), (-1, "x" * 0 or -1)]))


def side_effects(n):
    calls = []

    def middle(v):
        calls.append(v)
        return v

    hits = 0
    for i in range(n):
        if 0 <= middle(i) < n // 2:
            hits += 1
    return hits, len(calls), calls[-1]


print(side_effects(1500))


def objects(n):
    log = []
    res = []
    for i in range(n):
        x = i if i < n - 2 else Loud(i, log)
        res.append(0 <= x < n - 1)
    return res[-3:], log


print(objects(1200))


def three_way(n):
    c = 0
    for i in range(n):
        for j in range(3):
            if 0 <= i - j < n - 5 > j:
                c += 1
    return c


print(three_way(1200))


def errors():
    out = []
    for v in [1] * 1100 + ["s", None]:
        try:
            out.append(0 <= v < 5)
        except TypeError as e:
            out.append("TypeError: " + str(e))
    return out[-3:]


print(errors())
print(sys.maxsize - 1 <= sys.maxsize < sys.maxsize + 1)
