# COMPARE_OP specializations fused with the following jump: int/float/str operands,
# NaN, mixed operands, and __eq__ overridden in a subclass at a specialized site.
def count_less(values, limit):
    n = 0
    for v in values:
        if v < limit:
            n += 1
    return n


print(count_less(list(range(3000)), 1500))
print(count_less([float(i) for i in range(3000)], 1500.5))
print(count_less(list(range(1500)) + [0.5, float("nan"), 2 ** 70, -2 ** 70] + list(range(1500)), 100))


class Loose(str):
    def __eq__(self, other):
        return True

    __hash__ = str.__hash__


def matches(words, target):
    hits = 0
    for w in words:
        if w == target:
            hits += 1
        if w != target:
            hits += 100
    return hits


words = ["a", "b", "a"] * 600
print(matches(words, "a"))
print(matches(words + [Loose("zzz")] * 5 + words, "a"))


class Int(int):
    def __eq__(self, other):
        return False

    __hash__ = int.__hash__


def int_eq(values):
    c = 0
    for v in values:
        if v == 7:
            c += 1
        if v >= 7:
            c += 1000
    return c


print(int_eq([7] * 1200 + [Int(7)] * 10 + [7, 8] * 600))
nan = float("nan")
print(sum(1 for x in [nan, 1.0, 2.0] * 700 if x != x), sum(1 for x in [nan, 1.0] * 700 if x <= 1.0))
