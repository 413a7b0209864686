for v in [0, 1, -1, 2 ** 53, 2 ** 53 + 1, 2 ** 53 + 3, 2 ** 62, 2 ** 63 - 1, 2 ** 64 + 1,
          2 ** 100 + 1, -(2 ** 80) - 7, 10 ** 22, 10 ** 23, 12345678901234567891]:
    print(v, float(v), int(float(v)) - v)
for f in [0.0, -0.0, 0.5, 1.5, -1.5, 1e10, 1e22, 1e23, 2.0 ** 63, -2.0 ** 64, 1.7976931348623157e308]:
    print(repr(f), int(f))
print(float(2 ** 1024 - 2 ** 971), float(2 ** 1024 - 2 ** 970 - 1))
try:
    float(2 ** 1024)
except OverflowError as e:
    print("OverflowError", e)
print(int(1e300) == 10 ** 300, int(1e300) % 10 ** 10)
