# Fraction: construction, every operator, mixed int/float/complex, hashing, rounding, errors.
from fractions import Fraction as F
import math, numbers
print(F(), F(3), F(6, 4), F(-6, 4), F(6, -4), F('3/7'), F(' -1.25e2 '), F('1_000.5'), F('.5'), F('3.'), F(1.1), F(F(1, 3), F(2, 5)), F(2.5), F(True))
print(repr(F(1, 3)), str(F(4, 2)), F(7, 3).numerator, F(7, 3).denominator, F(7, 3).as_integer_ratio())
a, b = F(1, 3), F(3, 4)
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b), -a, +a, abs(-a), a ** 2, a ** -2, F(-2, 3) ** -3, a ** 0.5, 2 ** F(1, 2), 4 ** F(2), F(4) ** F(1, 2))
print(a + 1, 1 + a, a + 0.5, 0.5 + a, a + 1j, a * 3, 3 - a, 1 / a, 7 // a, 7 % a, divmod(-7, a), a < 0.34, a == 1/3, F(1, 2) == 0.5, a > 0, 1 > a, a <= F(1, 3))
print(hash(F(1, 2)) == hash(0.5), hash(F(3)) == hash(3), hash(F(-1)), hash(F(1, 3)), hash(F(2**70, 3)), F(1, 2) == float('nan'), F(5) < float('inf'))
print(F(3.141592653589793).limit_denominator(10), F(3.141592653589793).limit_denominator(100), F(1, 3).limit_denominator(5), F('0.333').limit_denominator(7), F(-355, 113).limit_denominator(10))
print(int(F(-7, 2)), math.trunc(F(-7, 2)), math.floor(F(-7, 2)), math.ceil(F(-7, 2)), round(F(5, 2)), round(F(7, 2)), round(F(-5, 2)), round(F(1234, 100), 1), round(F(1234, 1), -2), float(F(1, 3)), bool(F(0)))
print(isinstance(F(1), numbers.Rational), F.from_float(0.25), F.from_float(3), sorted([F(1, 2), 0.25, 1, F(-1)]))
for f in [lambda: F(1, 0), lambda: F('1/0'), lambda: F('abc'), lambda: F('1/2/3'), lambda: F(1.5, 2), lambda: F([]),
          lambda: F.from_float('x'), lambda: F(1).limit_denominator(0), lambda: F(float('nan')), lambda: F(float('inf')),
          lambda: F(3, 2) / 0, lambda: F(-3, 2) / F(0), lambda: F(3, 4) // 0, lambda: F(3, 4) % 0, lambda: F(0) ** -1,
          lambda: 1 / F(0), lambda: F.from_decimal(1.5), lambda: format(F(1, 2), 'f'), lambda: F(1) < 'a', lambda: F('1 /2'), lambda: F('1e')]:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
class Sub(F):
    pass
print(repr(Sub(1, 2)), type(Sub(1, 2) + 1).__name__, repr(+Sub(1, 2)), format(F(3, 4)), f'{F(3, 4)!r:>20}')
