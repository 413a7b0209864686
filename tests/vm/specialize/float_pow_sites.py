# float ** at a hot site: positive finite bases take the inline path; every other case
# (negative bases, zeros, infinities, NaN, overflow, int operands) must behave as float.__pow__.
import math

cases = [(2.0, 0.5), (10.0, -2.0), (1e-300, 0.5), (7.5, 3), (3, 0.5), (2.0, 1023.9),
         (-8.0, 1.0 / 3), (-2.0, 3.0), (-2.0, 2), (0.0, 2.0), (0.0, 0.0), (0.0, -1.0),
         (math.inf, 2.0), (2.0, math.inf), (0.5, -math.inf), (math.nan, 0.0), (1.0, math.nan),
         (math.nan, 2.0), (10.0, 400.0), (1e308, 2.0), (True, 0.5), (2.0, -1074.5)]


def power(a, b):
    return a ** b


for rep in range(3):
    out = []
    for a, b in cases * 20:
        try:
            out.append(repr(power(a, b)))
        except (OverflowError, ZeroDivisionError) as e:
            out.append("%s: %s" % (type(e).__name__, e))
    print(rep, out[:len(cases)])

acc = 0.0
for i in range(1, 2000):
    acc += (i * 0.5) ** 0.5 + float(i) ** -1.5
print(acc)
x = 2.0
x **= 0.5
print(x)
