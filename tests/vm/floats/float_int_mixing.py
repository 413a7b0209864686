print(1 + 2.0, 2 ** 64 + 0.5, 2 ** 64 * 1.5, 10 ** 20 / 3.0, 3.0 * 2 ** 70)
print(7 // 2.0, -7 // 2.0, 7 % -2.0, 2.0 ** 3, 2 ** 3.0, 4 ** -0.5)
print(int(2.0 ** 62) == 2 ** 62, float(2 ** 62) == 2.0 ** 62)
print((2 ** 70) // 3.0, (2 ** 70) % 3.5)
print(sum([0.1] * 10), sum([0.1] * 10) == 1.0)
print(abs(-2.5), abs(-0.0), pow(2.0, 0.5), pow(-8.0, 1 / 3))
print(1.0 * True, 0.5 + False, 3 / True)
print(isinstance(1.0, float), isinstance(1, float), float.is_integer(2.0))
x = 0.0
for i in range(10):
    x += 0.1
print(x, repr(x), x == 1.0, round(x, 10) == 1.0)
print(1e300 * 1e300, -1e300 * 1e300, 1e-300 * 1e-300)
