# subclasses of containers overriding dunders
class L(list):
    def __getitem__(self, i): return ("L", list.__getitem__(self, i))
    def __len__(self): return 42
    def __iter__(self): return iter([7, 8])
    def __contains__(self, x): return x == "yes"
    def __repr__(self): return "L!"
    def __eq__(self, o): return "eq"
    def __add__(self, o): return "add"
    def __radd__(self, o): return "radd"
    def __mul__(self, o): return "mul"
    def __bool__(self): return False
l = L([1, 2, 3])
print(l[0], len(l), list(l), "yes" in l, 1 in l, repr(l), str(l), l == 1, l + [1], [1] + l, l * 2, bool(l))
print(sorted(l), tuple(l), set(l), [*l], max(l), sum(l), ", ".join(map(str, l)), list.__len__(l), list.__repr__(l))
a, b = l; print(a, b)
print(f"{l}", "%s" % (l,), [l], (l,))
class D(dict):
    def __missing__(self, k): return k * 2
    def __getitem__(self, k): return dict.__getitem__(self, k)
    def keys(self): return ["x"]
    def __iter__(self): return iter(["it"])
d = D(a=1)
print(d["zz"], d.get("zz"), dict(d), {**d}, list(d), d.keys(), "zz" in d, len(d))
class D2(dict):
    def __setitem__(self, k, v): dict.__setitem__(self, k, v * 10)
d2 = D2(a=1); d2["b"] = 2; d2.update(c=3); d2.setdefault("d", 4); print(d2)
class T(tuple):
    def __new__(cls, *a): return super().__new__(cls, a)
    def __getitem__(self, i): return "T"
    def __len__(self): return 99
t = T(1, 2)
print(t, t[0], len(t), list(t), t == (1, 2), hash(t) == hash((1, 2)), t + (3,), type(t + (3,)).__name__, t[:1])
x, y = t; print(x, y)
class S(set):
    def __contains__(self, x): return True
    def __iter__(self): return iter([1])
s = S([5, 6])
print(5 in s, 100 in s, sorted(s), s | {9}, s & {5}, s - {5}, len(s), s == {5, 6}, s.issubset({5, 6, 7}))
class Str(str):
    def __len__(self): return 0
    def __getitem__(self, i): return "G"
    def __iter__(self): return iter("zz")
    def __contains__(self, x): return True
    def __eq__(self, o): return True
    def __hash__(self): return 1
    def upper(self): return "UP"
s = Str("abc")
print(len(s), s[0], list(s), "q" in s, s == "nope", s.upper(), s.lower(), s + "d", str.__len__(s), "".join(s), s.split("b"), s * 2, s.center(7), s.replace("a", "b"))
print({s: 1}.get("abc"), {Str("x"): 1, Str("y"): 2})
class B(bytes):
    def __len__(self): return 1
    def __iter__(self): return iter([1])
b = B(b"abc")
print(len(b), list(b), b[0], b + b"d", bytes(b), b.upper(), bytearray(b), b"".join([b]), b == b"abc")
class I(int):
    def __index__(self): return 1
    def __int__(self): return 2
    def __str__(self): return "I!"
    def __repr__(self): return "I?"
i = I(5)
print([0, 1, 2, 3, 4, 5][i], range(10)[i], "%d" % i, "%s" % i, "%r" % i, f"{i}", f"{i!r}", str(i), int(i), i + 1, hex(i), bin(i), [i], "{:d}".format(i), format(i, "x"))
class F(float):
    def __repr__(self): return "F?"
    def __str__(self): return "F!"
f = F(1.5)
print(f, [f], f"{f}", "%s %r %f" % (f, f, f), str(f), f + 1, round(f), "{}".format(f), "{:.1f}".format(f))
class Dq(list):
    def append(self, x): list.append(self, x * 2)
dq = Dq(); dq.append(1); dq.extend([2]); dq += [3]; dq.insert(0, 4); print(dq)
class Key(str):
    def __hash__(self): return hash(str(self))
    def __eq__(self, o): return str(self) == str(o)
print({Key("a"): 1}["a"], {"a": 1}[Key("a")], Key("a") in {"a"}, "a" in {Key("a")})
