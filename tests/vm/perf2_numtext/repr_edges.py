# repr/str of floats at the edges of the shortest-digits search: powers of two (lopsided
# rounding intervals), subnormals, the switch to exponent notation, halfway cases.
import math
import sys

edges = [0.1 + 0.2, 1e16, 1e-7, 1e-4, 1e-5, 9999999999999998.0, 1e15, 123456789012345678.0,
         -0.0, 0.0, float("inf"), -float("inf"), float("nan"), 5e-324, 1e-323, 2.2250738585072014e-308,
         2.225073858507201e-308, sys.float_info.max, sys.float_info.min, sys.float_info.epsilon,
         2.0 ** -24, 2.0 ** -1022, 2.0 ** 1023, 2.0 ** 52, 2.0 ** 53 + 2, 2.0 ** 63, 2.0 ** 64,
         1 / 3, 2 / 3, 0.3, 2.5, 100.0, 1e22, 1e23, 8.41e21, 5e-310, 4.9406564584124654e-324,
         9007199254740993.0, 0.1 * 3, 1.7976931348623157e308 / 3, 1e-300 * 1e-10]
for v in edges:
    print(repr(v), str(-v), float(repr(v)) == v or v != v)

# every power of two (the lopsided cases) and neighbours
checks = 0
shown = []
for e in range(-1074, 1024):
    v = math.ldexp(1.0, e)
    for w in (v, math.nextafter(v, 0.0), math.nextafter(v, math.inf)):
        r = repr(w)
        if float(r) != w:
            print("no round trip:", r)
        checks += 1
    if e % 97 == 0:
        shown.append(repr(v))
print(checks, shown)

# powers of ten and their neighbours
for p in range(-30, 30, 3):
    v = float("1e%d" % p)
    print(p, repr(v), repr(math.nextafter(v, 0.0)), repr(math.nextafter(v, math.inf)))
