d = {}
for i in range(20):
    d[i * 7 % 20] = i
print(d)
print(sorted(d.items())[:5])
for k in list(d):
    if k % 3 == 0:
        del d[k]
print(d)
counts = {}
for n in [3, 1, 3, 2, 1, 3, -1, 0, -1]:
    counts[n] = counts.get(n, 0) + 1
print(counts)
big = {2 ** 64: "a", -5: "b", 0: "c", 1.5: "d", (1, 2): "e", None: "f", True: "g"}
print(big)
print(big[1], big[(1, 2)], big[None])
sq = {x: x * x for x in range(-3, 4)}
print(sq, max(sq, key=sq.get), min(sq.values()))
