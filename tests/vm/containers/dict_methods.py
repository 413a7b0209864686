d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0), d.setdefault("c", 3), d.setdefault("a", 99), d)
print(d.pop("b"), d.pop("nope", "default"), d)
try:
    d.pop("nope")
except KeyError as e:
    print("KeyError", e)
try:
    d["missing"]
except KeyError as e:
    print("KeyError", e, repr(e))
c = d.copy()
c["new"] = 1
print(d, c, len(c))
c.clear()
print(c)
k, v = d.popitem()
print(k, v, d)
try:
    {}.popitem()
except KeyError as e:
    print("KeyError", e)
d.update({"x": 1}, y=2)
d.update(z=3)
print(d)
print("x" in d, "q" not in d, 1 in d.values(), ("x", 1) in d.items())
print(dict([("a", 1), ["b", 2]]), dict(zip("ab", range(2))), dict({"k": 1}, k2=2))
try:
    dict([1, 2])
except TypeError as e:
    print("TypeError", e)
try:
    dict([(1, 2, 3)])
except ValueError as e:
    print("ValueError", e)
