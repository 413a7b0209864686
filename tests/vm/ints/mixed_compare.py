small = [0, 1, -1, 2 ** 62 - 1, -(2 ** 62)]
big = [2 ** 62, -(2 ** 62) - 1, 2 ** 63, 2 ** 64, -(2 ** 100), 2 ** 100]
allv = small + big
print(sorted(allv))
print(sorted(allv, reverse=True))
for a in (1, 2 ** 62 - 1, 2 ** 64):
    for b in (2 ** 62, -(2 ** 63), 2 ** 64):
        print(a < b, a <= b, a == b, a != b, a > b, a >= b)
print(2 ** 64 == 2.0 ** 64, 2 ** 64 + 1 == 2.0 ** 64, 2 ** 64 + 1 > 2.0 ** 64)
print(2 ** 53 + 1 == float(2 ** 53 + 1), 2 ** 53 + 1 > float(2 ** 53 + 1))
print(10 ** 400 > 1e308, -(10 ** 400) < -1e308, 10 ** 400 < float('inf'))
print(max(allv), min(allv))
print(2 ** 62 in {2 ** 62}, (2 ** 62 - 1) + 1 in [2 ** 62])
