import math
cases = [(0.0, 0.0), (0.0, 1.0), (2.0, -1.0), (-2.0, 2.0), (-2.0, 3.0), (-2.0, 0.5),
         (1.0, math.inf), (1.0, math.nan), (math.nan, 0.0), (math.inf, -1.0), (-math.inf, 3.0),
         (-math.inf, 2.0), (0.5, math.inf), (2.0, -math.inf), (-1.0, math.inf), (10.0, 308.0)]
for a, b in cases:
    try:
        r = a ** b
        print(a, b, r)
    except (ZeroDivisionError, OverflowError, ValueError) as e:
        print(a, b, type(e).__name__, e)
for a, b in [(0.0, -1.0), (10.0, 309.0), (-8.0, 1 / 3)]:
    try:
        print(a, b, math.pow(a, b))
    except (ValueError, OverflowError) as e:
        print(a, b, "math.pow", type(e).__name__, e)
print(pow(4.0, 0.5), pow(2, -1.0), pow(-1.0, 0.5))
