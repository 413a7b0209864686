f = frozenset([3, 1, 2])
g = frozenset({2, 3, 4})
print(f, g, f | g, f & g, f - g, f ^ g, type(f | g).__name__)
print(type({1} | f).__name__, type(f | {1}).__name__)
print(hash(f) == hash(frozenset([1, 2, 3])), {f: "key"}[frozenset({1, 2, 3})])
print(frozenset(), frozenset("aa") == frozenset("a"), f.copy() is f)
nested = {frozenset({1}), frozenset({1}), frozenset({2})}
print(len(nested))
try:
    f.add(4)
except AttributeError as e:
    print("AttributeError", e)
print(f == {1, 2, 3}, {1, 2, 3} == f, f <= {1, 2, 3, 4})
print(sorted(frozenset(["z", "y"])), frozenset(range(5)))
