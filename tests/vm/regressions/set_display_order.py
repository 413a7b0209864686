# Set displays of constants iterate in CPython's order: built from a frozenset constant
# (itself rebuilt from its own iteration order) merged into an empty set.
print({5, 4, 100, 50, 25})
print({-5, -4, 100, 50, 25})
print({1, 2, 3}, {3, 2, 1}, {64, 32, 16, 8, 0})
print({100, 200, 300, 7, 13, 1024, 2048, 4096, 33})
print(sorted({"b", "a"}))
x = 7
print({x, 64, 32, 16})
for v in (5, 64, 1000):
    print(v in {1000, 64, 5, 3}, end=" ")
print()
print(frozenset({9, 17, 33, 65}), {9, 17, 33, 65})
