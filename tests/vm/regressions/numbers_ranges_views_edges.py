r = range(-5, 20, 3)
print(r, len(r), r[2], r[-1], r[1:4], r[::-1], list(r[::2]), 7 in r, 8 in r, r.index(4), r.count(4), reversed(r).__class__.__name__)
print(range(0), range(5) == range(0, 5, 1), range(0) == range(4, 2), hash(range(3)) == hash(range(0, 3)), range(10**20)[10**19], len(range(0, 10**18, 7)))
for bad in [lambda: len(range(10**20)), lambda: range(1, 2, 0), lambda: range(1.5), lambda: range(3).index(7), lambda: range(3)[5], lambda: range(3)["x"], lambda: range()]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(list(range(10**20, 10**20 + 3)), range(10**20).start, range(2, 10**20, 10**19)[-1], True in range(3), 1.0 in range(3), range(5)[True])
s = slice(1, 10, 2)
print(s, s.indices(5), slice(None).indices(3), slice(-1, None, -1).indices(4), slice(10).stop, s == slice(1, 10, 2), repr(slice("a", [1])))
try:
    hash(s); print("hashable")
except TypeError as e:
    print(e)
try:
    slice(1, 2, 0).indices(3)
except ValueError as e:
    print(e)
c = complex(1, -2)
print(c, -c, abs(3 + 4j), c.conjugate(), c * 1j, c / 2, (1 + 2j) ** 2, complex("1+2j"), complex(" (3-4j) "), complex(1.5), complex("j"), 1j ** 0)
print(repr(complex(0, 0)), repr(complex(-0.0, -0.0)), repr(complex(float("inf"), float("nan"))), complex(1e300, 1e300) * 1e10, hash(1 + 0j) == hash(1), (1 + 0j) == 1, format(1 + 2j, "^12.2f"), format(1.5j, ""))
for bad in [lambda: complex("1+"), lambda: (1 + 1j) < 2, lambda: 1j % 1, lambda: int(1j), lambda: complex(1j, "x"), lambda: 0j ** -1, lambda: divmod(1j, 1)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(True + True, True & False, True | 2, ~True, -True, True ** 5, bool("") , bool([0]), int(True), str(True), repr(False), True == 1, hash(True), True.real, (True).__class__.__name__, bool.__name__, True / 2, format(True, "d"), format(False, ""), f"{True:>6}")
print(float("1e500"), float("-inf"), float("nan") == float("nan"), 1e16, 1e-5, 0.1 + 0.2, 123456789012345678.0, 1.5e-320, -0.0, round(2.675, 2), round(-0.5), round(1.5), round(2.5), round(1234.5678, -2), float.fromhex("0x1.8p1"), (1.5).hex(), (0.1).as_integer_ratio(), (3.0).is_integer())
print(format(1e-7, ""), format(1e22, ""), format(123.456, "e"), format(123.456, ".3g"), format(0.0001, "g"), format(1e6, "g"), format(12345.678, "n"), format(2.5, "010.3f"), format(-2.5, "<10"), format(float("nan"), "+f"), format(1.0, "#.0f"), format(1e100, ".2e"), format(5e-324, ".3g"))
print(int("0x1f", 16), int("0o17", 0), int("0b101", 0), int(" -42 "), int("1_000"), int("z", 36), int(b"12"), int(3.9), int(-3.9), (255).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "little"), (-1).to_bytes(1, "big", signed=True), (5).bit_length(), (10).bit_count() if hasattr(int, "bit_count") else 2)
print(format(255, "08b"), format(-255, "#x"), format(10**20, ","), format(1234, "_"), format(255, "c") if False else "", format(65, "c"), format(12, "+"), format(12, " "), format(-12, "=6"), (12).__format__("o"), format(123, "e"), format(10, "%"), format(7, ".2f"))
for bad in ['int("")', 'int("1.5")', 'int("0x")', 'int("12", 1)', 'int(None)', '(256).to_bytes(1, "big")', 'format(1, "z")', 'format(2**70, "c")', 'int("9" * 5000)', 'format(1.5, "x")', '(-1).to_bytes(1, "big")', 'float("x")', 'float("1e")', 'round(1.5, "x")', '1 / 0', '1 // 0', '1.0 % 0', 'divmod(1, 0)', '2 ** -1 % 0', 'pow(2, -1, 4)', 'pow(2, 3, 0)']:
    try:
        print(bad, "->", repr(eval(bad)))
    except Exception as e:
        print(bad, "->", type(e).__name__, e)
print(pow(3, -1, 7), pow(2, 100, 10**9 + 7), (-7) // 2, (-7) % 2, 7 % -2, divmod(-7, 2), divmod(7.5, -2), 2 ** 0.5, (-8) ** (1 / 3), 10 ** -2, 0 ** 0, (-2) ** 2 ** 3)
print((1234).__round__(-2), round(15, -1), round(25, -1), round(-25, -1), (7).__floordiv__(2), (7).__rtruediv__(14), (7).conjugate(), (7).numerator, (7).denominator, (2**64).bit_length(), (-2**64) >> 3, 1 << 70, (2**70) & (2**70 - 1), ~(2**70))
d = {"a": 1, "b": 2}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it, sorted(k & {"a"}), sorted(k | {"c"}), sorted(k - {"a"}), sorted(k ^ {"a", "z"}), it & {("a", 1)}, ("a", 1) in it, "a" in k, 1 in v, reversed(k).__class__.__name__, list(reversed(it)), k == {"a", "b"}, k <= {"a", "b", "c"}, k.isdisjoint({"z"}), len(v), k.mapping)
print(repr({}.keys()), repr({1: {}}.values()), repr(dict(a=[1]).items()), sorted(k), sorted(it), v == v, bool({}.keys()))
try:
    hash(k)
except TypeError as e:
    print(e)
it2 = iter(d)
d["c"] = 3
try:
    next(it2)
except RuntimeError as e:
    print(e)
