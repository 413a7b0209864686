keys = [0, 1, -1, 2 ** 62 - 1, 2 ** 62, 2 ** 63, -(2 ** 62) - 1, 2 ** 64, 10 ** 20]
d = {}
for i, k in enumerate(keys):
    d[k] = i
print(d)
print([d[k] for k in keys])
print(d[(2 ** 62 - 1) + 1], d[2 ** 63], d[int("18446744073709551616")])
print(d.get(2.0 ** 64), d.get(2 ** 64 + 1, "missing"))
s = set()
for k in keys:
    s.add(k)
    s.add(k * 1)
print(len(s), 2 ** 62 in s, (1 << 62) in s, 2 ** 62 + 1 in s)
x = 2 ** 62
y = 2 ** 61 * 2
print(x == y, hash(x) == hash(y), {x: 'a'}[y])
counts = {}
for n in range(2 ** 62 - 3, 2 ** 62 + 3):
    counts[n % 4] = counts.get(n % 4, 0) + 1
print(counts)
