import math
for v in [0.5, 1.5, 2.5, -0.5, -1.5, 2.4999999999999996, 1e16 + 1, 0.49999999999999994]:
    print(repr(v), round(v), math.floor(v), math.ceil(v), math.trunc(v), int(v))
for nd in range(-2, 5):
    print(nd, round(1234.56785, nd), round(-0.0051, nd))
print(round(5e-324, 400), round(1e300, -300), round(1.23456789e-20, 25))
try:
    round(float("inf"))
except OverflowError as e:
    print("OverflowError", e)
try:
    round(float("nan"))
except ValueError as e:
    print("ValueError", e)
print(round(float("inf"), 2), round(float("nan"), 1))
