d = {"a": 1, "b": 2, "c": 3}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i)
print(len(k), "a" in k, 2 in v, ("b", 2) in i)
d["d"] = 4
print(list(k), list(v), list(i))
print(sorted(k & {"a", "z"}), sorted(k | {"z"}), sorted(k - {"a"}), sorted(k ^ {"a", "q"}))
print(sorted(i & {("a", 1), ("b", 99)}))
print(k == {"a", "b", "c", "d"}, k.isdisjoint({"x"}), k >= {"a"})
it = iter(d)
next(it)
d["e"] = 5
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError", e)
try:
    for key in d:
        del d[key]
except RuntimeError as e:
    print("RuntimeError", e)
print(list(reversed(d.keys())), list(reversed(d.values())), list(reversed(d.items()))[:1])
print(type(k).__name__, type(v).__name__, type(i).__name__)
print(d.keys().mapping if hasattr(d.keys(), "mapping") else None)
