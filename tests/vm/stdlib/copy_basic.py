import copy
a = [1, [2, 3], {'k': [4]}]
b = copy.copy(a); c = copy.deepcopy(a)
print(b == a, b is a, b[1] is a[1], c[1] is a[1], c[2]['k'] is a[2]['k'], c == a)
t = (1, 2, [3]); print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy(t) == t)
t2 = (1, 2, (3, 'x')); print(copy.deepcopy(t2) is t2)
s = {1, 2}; print(copy.copy(s) == s, copy.copy(s) is s, copy.deepcopy(s) == s)
fs = frozenset({1}); print(copy.copy(fs) is fs)
d = {'a': [1]}; print(copy.copy(d)['a'] is d['a'], copy.deepcopy(d)['a'] is d['a'])
ba = bytearray(b'xy'); print(copy.copy(ba), copy.deepcopy(ba) is ba)
for v in (1, 2.5, 'str', b'b', None, True, 1j, range(3), len, int, Ellipsis):
    print(repr(v), copy.copy(v) is v, copy.deepcopy(v) is v)
class P:
    def __init__(self, x, y): self.x = x; self.y = y
    def __repr__(self): return f"P({self.x!r}, {self.y!r})"
p = P(1, [2])
q = copy.copy(p); r = copy.deepcopy(p)
print(q, r, q.y is p.y, r.y is p.y, type(r) is P)
class S:
    __slots__ = ('a', 'b', '__priv')
    def __init__(self): self.a = [1]; self.__priv = 2
s1 = S(); s2 = copy.copy(s1); s3 = copy.deepcopy(s1)
print(s2.a is s1.a, s3.a is s1.a, s3.a, hasattr(s3, 'b'), s3._S__priv)
class C:
    def __init__(self, v): self.v = v
    def __copy__(self): print("__copy__"); return C(self.v)
    def __deepcopy__(self, memo): print("__deepcopy__", type(memo).__name__); return C(copy.deepcopy(self.v, memo))
c1 = C([1]); c2 = copy.copy(c1); c3 = copy.deepcopy(c1)
print(c2.v is c1.v, c3.v is c1.v, c3.v)
rec = [1]; rec.append(rec)
rc = copy.deepcopy(rec); print(rc[1] is rc, rc is not rec)
shared = [0]; pair = [shared, shared]; pc = copy.deepcopy(pair); print(pc[0] is pc[1], pc[0] is not shared)
memo = {}; x = [1]; y = copy.deepcopy([x, x], memo); print(memo[id(x)] is y[0])
class GS:
    def __init__(self): self.a = 1; self.b = 2
    def __getstate__(self): print("getstate"); return {'a': self.a}
    def __setstate__(self, st): print("setstate", st); self.__dict__.update(st); self.b = 'restored'
g = copy.deepcopy(GS()); print(g.a, g.b)
class R:
    def __init__(self, n): self.n = n
    def __reduce__(self): print("reduce"); return (R, (self.n + 1,))
print(copy.copy(R(1)).n, copy.deepcopy(R(5)).n)
class ML(list):
    pass
ml = ML([1, [2]]); ml.attr = 'a'
m2 = copy.copy(ml); m3 = copy.deepcopy(ml)
print(type(m2).__name__, m2, m2.attr, m3[1] is ml[1], m3.attr)
class MD(dict): pass
md = MD(a=[1]); md2 = copy.deepcopy(md); print(type(md2).__name__, md2, md2['a'] is md['a'])
class MS(set): pass
print(type(copy.copy(MS({1}))).__name__, copy.deepcopy(MS({2})))
class MI(int): pass
mi = copy.copy(MI(7)); print(type(mi).__name__, mi)
class NA:
    def __new__(cls, v):
        o = super().__new__(cls); o.v = v; return o
    def __getnewargs__(self): return (self.v,)
print(copy.deepcopy(NA(3)).v)
class Meth:
    def m(self): return 1
bm = Meth().m; print(copy.copy(bm)() , copy.deepcopy(bm)())
print(copy.Error, copy.error is copy.Error)
def f(): pass
print(copy.deepcopy(f) is f, copy.copy(P) is P)
