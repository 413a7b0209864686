import math
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.sqrt(2), math.sqrt(0), math.sqrt(1e300), math.sqrt(0.25))
print(math.floor(2.5), math.floor(-2.5), math.ceil(2.1), math.ceil(-2.1), math.trunc(-7.9), math.trunc(7.9))
print(type(math.floor(2.5)).__name__, math.floor(10 ** 30), math.ceil(2 ** 70 + 0.0))
print(math.fabs(-3), math.fabs(2 ** 70), math.copysign(3, -0.0), math.copysign(-2, 1), math.copysign(1, math.nan))
print(math.fmod(7, 3), math.fmod(-7, 3), math.fmod(7, -3), math.fmod(5.5, 2))
print(math.modf(3.75), math.modf(-3.75), math.modf(math.inf), math.frexp(8.0), math.frexp(0.3), math.frexp(0.0))
print(math.ldexp(0.5, 4), math.ldexp(1, -1074), math.ldexp(1, 1023))
print(math.isfinite(1e308), math.isinf(1e308 * 10), math.isnan(math.inf - math.inf))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1), math.isclose(0.0, 1e-12, abs_tol=1e-9), math.isclose(100, 101, rel_tol=0.02))
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError", e)
try:
    math.ldexp(1, 2000)
except OverflowError as e:
    print("OverflowError", e)
