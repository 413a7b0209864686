squares = {n: n * n for n in range(6)}
print(squares)
inv = {v: k for k, v in squares.items()}
print(inv)
filtered = {k: v for k, v in squares.items() if v % 2 == 0}
print(filtered)
pairs = {(a, b): a * b for a in range(3) for b in range(a, 3)}
print(pairs)
words = ["one", "two", "three", "four"]
print({w: len(w) for w in words}, {len(w): w for w in words})
print(dict(enumerate("abc")), {i: c for i, c in enumerate("abc", start=10)})
print({k: v for k, v in zip(range(3), "xyz")}, dict(zip("abc", "xyz")))
counter = {c: "mississippi".count(c) for c in "mississippi"}
print(counter)
