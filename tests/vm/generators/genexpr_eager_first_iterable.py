def src(name, n):
    print("creating source", name)
    return range(n)
g = (x * y for x in src("outer", 2) for y in src("inner", 2))
print("genexpr created")
print(list(g))
try:
    g2 = (x for x in None)
except TypeError as e:
    print("TypeError", e)
g3 = (x for x in [1] for y in None)
print("second iterable not evaluated yet")
try:
    list(g3)
except TypeError as e:
    print("TypeError", e)
data = [1, 2, 3]
g4 = (x for x in data)
data = [7, 8, 9]
print(list(g4))
items = [1, 2]
g5 = (x for x in items)
items.append(3)
print(list(g5))
