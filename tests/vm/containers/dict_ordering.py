d = {}
for k in ["zeta", "alpha", "mid", "beta"]:
    d[k] = len(k)
print(d, list(d), list(d.values()))
d["alpha"] = 100
print(list(d.items()))
del d["zeta"]
d["zeta"] = 0
print(list(d))
d2 = dict(b=1, a=2)
d2.update([("c", 3), ("a", 4)])
print(d2)
print(dict.fromkeys(["x", "y", "x"], 0))
d3 = {3: "c", 1: "a", 2: "b"}
print(d3, sorted(d3), d3.popitem(), d3)
d4 = {i: i * i for i in range(10)}
for i in range(0, 10, 2):
    del d4[i]
d4[0] = "back"
print(d4)
print(list(reversed({1: 'a', 2: 'b', 3: 'c'})))
