s = set()
for v in [20, 3, 11, 7, 3, 28, 1]:
    s.add(v)
print(s, list(s), sorted(s))
s.remove(11)
s.add(19)
print(s)
evens = {x for x in range(30) if x % 2 == 0}
print(evens)
print({x % 7 for x in range(100)})
big = {2 ** 40, 2 ** 61, 5, 2 ** 61 + 5}
print(len(big), sorted(big))
print({-5, -4, 100, 50, 25})
u = {1, 2, 3}
u.update(range(30, 35), [8])
print(u)
print(set([3, 3, 2, 2, 1]), set((9, 8, 7)))
