import math
print(math.gcd(12, 18), math.gcd(0, 5), math.gcd(-12, 18), math.gcd(0, 0), math.gcd())
print(math.gcd(2 ** 64, 2 ** 40 * 3), math.gcd(10 ** 30, 10 ** 20 + 10))
print(math.gcd(12, 18, 27), math.lcm(4, 6), math.lcm(4, 6, 10), math.lcm(), math.lcm(0, 5))
print(math.lcm(2 ** 40, 3 ** 20))
for n in [0, 1, 2, 3, 4, 15, 16, 17, 2 ** 62, 2 ** 64 - 1, 10 ** 30, 10 ** 40 + 1]:
    r = math.isqrt(n)
    print(n, r, r * r <= n < (r + 1) * (r + 1))
print(math.factorial(0), math.factorial(20), math.factorial(25))
print(math.comb(10, 3), math.comb(100, 50), math.perm(10, 3), math.perm(5))
try:
    math.isqrt(-1)
except ValueError as e:
    print("ValueError", e)
try:
    math.factorial(-1)
except ValueError as e:
    print("ValueError", e)
