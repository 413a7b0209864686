import math
big = 10 ** 400
print(math.log(big), math.log10(big), math.log2(big), math.log(big, 10))
print(math.sqrt(2 ** 100), math.sqrt(10 ** 30))
try:
    math.sqrt(big)
except OverflowError as e:
    print("OverflowError", e)
print(math.floor(7), math.ceil(-7), math.trunc(2 ** 70), type(math.floor(7)).__name__)
print(math.fabs(-5), math.exp(True), math.sin(0), math.cos(0), math.atan2(0, 1))
print(math.degrees(2), math.radians(360), math.hypot(5, 12), math.copysign(5, -1))
print(math.isfinite(10 ** 300), math.isinf(10 ** 300), math.isnan(1))
try:
    math.isfinite(10 ** 400)
except OverflowError as e:
    print("OverflowError", e)
print(math.pow(2, 3), type(math.pow(2, 3)).__name__, 2 ** 3)
