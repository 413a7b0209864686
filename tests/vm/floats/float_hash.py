vals = [0.0, -0.0, 1.0, -1.0, 0.5, 1.5, 2.0 ** 60, 1e100, 1e-100, 3.14, 1e308, -2.5, 0.1]
for v in vals:
    print(repr(v), hash(v))
print(hash(float("inf")), hash(float("-inf")))
print(hash(1.0) == hash(1), hash(2.0 ** 70) == hash(2 ** 70), hash(0.5) == hash(0.5))
print(hash(complex(1, 0)) == hash(1), hash(1.5 + 2j))
