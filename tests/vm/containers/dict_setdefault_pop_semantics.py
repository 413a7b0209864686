d = {}
print(d.setdefault("a"), d)
print(d.setdefault("a", 5), d)
d["b"] = None
print(d.get("b", "default"), "b" in d)
print(d.pop("b"), d.pop("b", "gone"), d)
d.update(x=1, y=2, z=3)
while d:
    print(d.popitem(), len(d))
d = dict.fromkeys(range(5), [])
d[0].append("shared")
print(d)
d2 = {k: [] for k in range(3)}
d2[0].append("own")
print(d2)
