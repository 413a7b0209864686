import math
def g(v):
    return f"{v:.12g}"
for x in [1, 2, 5, 0.5, 1.5, 10, 20.5, -0.5, -1.5, 171]:
    print("gamma", x, g(math.gamma(x)), "lgamma", g(math.lgamma(x)))
for x in [0.0, 0.5, 1.0, -1.0, 2.5, 3.0, -0.1]:
    print("erf", x, g(math.erf(x)), "erfc", g(math.erfc(x)))
print(math.gamma(5) == 24.0, math.lgamma(1), math.lgamma(2), math.erf(0), math.erfc(0))
for bad in [0, -1, -2.0]:
    try:
        math.gamma(bad)
    except ValueError as e:
        print("ValueError", bad, e)
try:
    math.gamma(172)
except OverflowError as e:
    print("OverflowError", e)
print(math.lgamma(-1.5) > 0, math.isinf(math.lgamma(0)) if False else "skip")
print(math.erf(math.inf), math.erfc(math.inf), math.erf(-math.inf), math.gamma(math.inf))
