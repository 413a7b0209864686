# Building strings with += in a loop: results must be exactly those of plain
# concatenation, also when other references to the string exist or kinds widen.
s = ""
for i in range(3000):
    s += "ab"[i % 2]
print(len(s), s[:10], s[-10:], hash(s) == hash("ab" * 1500))
keep = []
t = "x"
for i in range(5):
    keep.append(t)
    t += str(i)
print(keep, t)
u = "é"
for c in "abc€😀":
    u = u + c
print(u, len(u))
v = "start"
w = v
v += "-more"
print(v, w)
d = {"k": "a"}
d["k"] += "b"
print(d)
def f():
    r = ""
    for word in ["alpha", "beta", "gamma"]:
        r += word[:2]
        r += "|"
    return r
print(f(), f() == "al|be|ga|")
x = "interned"
y = "interned"
x += "!"
print(x, y)
