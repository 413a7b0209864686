for i in range(3):
    print("range", i)
for ch in "abc":
    print("char", ch)
for a, b in [(1, 2), (3, 4)]:
    print("pair", a, b)
for i, (x, y) in enumerate([(5, 6), (7, 8)]):
    print(i, x, y)
for i in range(10):
    if i == 2:
        continue
    if i == 5:
        break
    print("body", i)
else:
    print("no else because break")
for i in []:
    print("never")
else:
    print("else on empty loop")
for k in {'z': 1, 'a': 2, 'm': 3}:
    print("key", k)
nested = []
for i in range(3):
    for j in range(3):
        if j > i:
            break
        nested.append((i, j))
print(nested)
print("loop var after", i, j)
