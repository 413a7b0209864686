s = {5, 3, 1, 4, 2}
print(s)
print({10, 2, 33, 7, 0, 64, 100, 1})
print(set(range(10, 0, -1)))
print({-1, -2, 3, 0})
print({1, 2, 3} | {4, 5}, {1, 2, 3} & {2, 3, 4}, {1, 2, 3} - {2}, {1, 2, 3} ^ {3, 4})
s.add(0)
s.add(99)
s.discard(3)
print(s)
t = set()
for i in [8, 16, 24, 32, 40, 48]:
    t.add(i)
print(t)
u = {i * 9 for i in range(12)}
print(u)
print(frozenset({3, 1, 2}), set([7, 7, 8]))
print({0, 8, 16, 1})
print({1000, 2000, 3000, 1})
