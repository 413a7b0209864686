import math
for x in [0.0, 1.0, -1.0, 0.5, 10.0, 100.0, -745.0, 709.0]:
    print("exp", x, repr(math.exp(x)), repr(math.expm1(x)), repr(math.exp2(x)))
for x in [1.0, 2.0, 10.0, 0.5, 1e-300, 1e300, math.e, 1024.0]:
    print("log", x, repr(math.log(x)), repr(math.log2(x)), repr(math.log10(x)), repr(math.log1p(x)))
print(math.log(8, 2), math.log(100, 10), math.log(2 ** 1000), math.log10(10 ** 400), math.log2(2 ** 2000))
print(math.log(math.inf), math.exp(-math.inf), math.exp(math.inf), math.log1p(-0.5))
for bad in [lambda: math.log(0), lambda: math.log(-1), lambda: math.log2(-2), lambda: math.log(1, 1), lambda: math.exp(1000)]:
    try:
        bad()
    except (ValueError, OverflowError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
print(math.pow(2, 10), math.pow(2, 0.5), math.pow(-2, 3), math.pow(0, 0), math.pow(math.inf, 0), math.pow(1, math.nan))
print(repr(math.cbrt(27)), repr(math.cbrt(-8)), repr(math.cbrt(2)))
