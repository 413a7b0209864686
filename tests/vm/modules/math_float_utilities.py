import math
print(math.nextafter(1.0, 2.0), math.nextafter(1.0, 0.0), math.nextafter(0.0, -1.0), math.nextafter(5.0, 5.0))
print(math.ulp(1.0), math.ulp(1e300), math.ulp(-2.0), math.ulp(math.inf), math.ulp(5e-324))
print(math.remainder(10, 3), math.remainder(11, 3), math.remainder(-10, 3), math.remainder(7.5, 2), math.remainder(3, math.inf))
print(math.copysign(0.0, -1), math.copysign(math.inf, -1), math.fabs(-0.0))
print(math.isclose(math.sin(math.pi), 0.0, abs_tol=1e-15), math.isclose(math.inf, math.inf), math.isclose(math.nan, math.nan))
print(math.floor(-0.0), math.ceil(-0.5), math.trunc(-0.5))
class WithFloor:
    def __floor__(self): return "custom floor"
    def __ceil__(self): return "custom ceil"
    def __trunc__(self): return "custom trunc"
w = WithFloor()
print(math.floor(w), math.ceil(w), math.trunc(w))
try:
    math.floor("1")
except TypeError as e:
    print("TypeError", e)
try:
    math.floor(math.inf)
except OverflowError as e:
    print("OverflowError", e)
try:
    math.ceil(math.nan)
except ValueError as e:
    print("ValueError", e)
