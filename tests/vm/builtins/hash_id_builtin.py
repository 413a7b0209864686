a = [1]
print(id(a) == id(a), id(a) != id([1]), type(id(a)).__name__)
x = object()
y = x
print(id(x) == id(y), x is y)
print(hash(1) == hash(1.0), hash("a") == hash("a"), hash((1, 2)) == hash((1, 2)), hash(None) == hash(None))
for v in [0, 1, -1, 10 ** 20, 1.5, True, (1, 2), (), frozenset({1, 2})]:
    print(repr(v), hash(v) == hash(v))
print(hash(-1), hash(0.0), hash(True), hash(()), hash((1, 2)), hash(frozenset()))
class H:
    def __hash__(self): return 12345
print(hash(H()))
class Big:
    def __hash__(self): return 2 ** 100
print(hash(Big()))
class NegOne:
    def __hash__(self): return -1
print(hash(NegOne()))
for bad in [[], {}, set()]:
    try:
        hash(bad)
    except TypeError as e:
        print("TypeError", e)
