g = (x * x for x in range(5))
print(type(g).__name__, next(g), list(g))
print(sum(x for x in range(10) if x % 2), max(len(w) for w in "a bb ccc".split()))
print(list((x, y) for x in range(3) for y in "ab" if x != 1))
nested = ((i, (j for j in range(i))) for i in range(3))
print([(i, list(inner)) for i, inner in nested])
print("".join(c.upper() for c in "hello"), tuple(i for i in "xyz"), set(n % 3 for n in range(10)))
def outer_var():
    y = 10
    return list(x + y for x in range(3))
print(outer_var())
try:
    (1 / x for x in [1, 0]).__next__()
    print("first element fine")
    list(1 / x for x in [1, 0])
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    g2 = (x for x in 5)
except TypeError as e:
    print("TypeError at creation:", e)
lazy = (print("evaluated", i) or i for i in range(2))
print("before consumption")
print(list(lazy))
print(any(x > 3 for x in [1, 5, 2]), all(x for x in []))
