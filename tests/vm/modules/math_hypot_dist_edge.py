import math
print(math.hypot(3, 4, 12), math.hypot(-5), math.hypot(1e200, 1e200), math.hypot(1e-200, 1e-200))
print(math.hypot(math.inf, math.nan), math.hypot(math.nan, 1), math.hypot(0, 0))
print(math.dist((1,), (4,)), math.dist((0, 0, 0), (1, 2, 2)), math.dist([], []))
try:
    math.dist((1, 2), (1,))
except ValueError as e:
    print("ValueError", e)
try:
    math.dist([1], [2])
    print("lists accepted")
except TypeError as e:
    print("TypeError", e)
pts = [(0, 0), (3, 4), (6, 8), (1, 1)]
total = sum(math.dist(a, b) for a, b in zip(pts, pts[1:]))
print(f"{total:.10f}")
print(math.prod([1, 2], start=0.5), math.prod((x for x in range(1, 6))), math.prod([True, True]))
print(math.fsum([0.1, 0.2, 0.3]), 0.1 + 0.2 + 0.3, math.fsum([1e308, 1e308, -1e308]) if False else "skip")
try:
    math.fsum([math.inf, -math.inf])
except ValueError as e:
    print("ValueError", e)
