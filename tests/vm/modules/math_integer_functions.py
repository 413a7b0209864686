import math
print(math.factorial(0), math.factorial(1), math.factorial(10), math.factorial(30))
print(math.comb(5, 2), math.comb(5, 0), math.comb(5, 6), math.comb(50, 25), math.comb(1000, 3))
print(math.perm(5, 2), math.perm(5), math.perm(5, 0), math.perm(5, 6), math.perm(20, 10))
print(math.gcd(48, 180), math.gcd(-48, 180), math.gcd(0, -7), math.gcd(2 ** 100, 6 ** 50), math.gcd(15, 25, 35))
print(math.lcm(4, 6), math.lcm(-4, 6), math.lcm(0, 9), math.lcm(3, 5, 7), math.lcm(2 ** 40, 2 ** 41))
print(math.isqrt(0), math.isqrt(99), math.isqrt(100), math.isqrt(10 ** 50), math.isqrt(2 ** 127))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([2.5, 4]), math.prod(range(1, 21)), math.prod([2] * 70, start=3))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100]), math.fsum([]), math.fsum([1, 2, 3]))
print(math.dist((0, 0), (3, 4)), math.dist([1, 1, 1], [2, 2, 2]), math.hypot(3, 4), math.hypot(), math.hypot(1, 1, 1, 1))
for bad in [lambda: math.factorial(-1), lambda: math.factorial(2.5), lambda: math.comb(-1, 2), lambda: math.isqrt(-4), lambda: math.perm(3, -1)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(math.trunc(2 ** 80 + 0.5), math.floor(-(2 ** 80) - 0.5) == -(2 ** 80))
