import math
angles = [0.0, math.pi / 6, math.pi / 4, math.pi / 3, math.pi / 2, math.pi, -math.pi / 4, 1.0, 2.5]
for a in angles:
    print(f"{a:.6f}", repr(math.sin(a)), repr(math.cos(a)), repr(math.tan(a)))
for v in [0.0, 0.5, -0.5, 1.0, -1.0]:
    print("inv", v, repr(math.asin(v)), repr(math.acos(v)), repr(math.atan(v)))
print(math.atan2(1, 1), math.atan2(-1, -1), math.atan2(0.0, -1.0), math.atan2(-0.0, -1.0), math.atan2(1, 0))
print(math.degrees(math.pi), math.radians(180), math.degrees(1), math.radians(90))
for x in [0.0, 0.5, 1.0, -2.0]:
    print("hyp", x, repr(math.sinh(x)), repr(math.cosh(x)), repr(math.tanh(x)), repr(math.asinh(x)))
print(math.acosh(1.0), math.acosh(2.0), math.atanh(0.5), math.atanh(-0.25))
for bad in [lambda: math.asin(2), lambda: math.acos(-1.5), lambda: math.acosh(0.5), lambda: math.atanh(1), lambda: math.sin(math.inf)]:
    try:
        bad()
    except ValueError as e:
        print("ValueError", e)
print(math.cosh(1000) if False else "skip", math.tanh(1000), math.sin(1e22))
