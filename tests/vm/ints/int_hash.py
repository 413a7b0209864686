vals = [0, 1, -1, -2, 2 ** 31, 2 ** 61 - 2, 2 ** 61 - 1, 2 ** 61, 2 ** 62, 2 ** 63,
        2 ** 64, -(2 ** 61), -(2 ** 62), -(2 ** 63), 2 ** 100, -(2 ** 100), 10 ** 30]
for v in vals:
    print(v, hash(v))
print(hash(True), hash(False))
print(hash(1) == hash(1.0), hash(2 ** 70) == hash(2.0 ** 70))
print(hash(-1) == hash(-2))
d = {2 ** 64: 'big', 1: 'one', -1: 'minus'}
print(d[2 ** 64], d[1.0], d[-1])
print({hash(x) for x in range(5)})
