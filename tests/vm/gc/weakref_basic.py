# weakref.ref and weakref.proxy.
import weakref, gc

class C:
    def method(self):
        return "m"
    def __repr__(self):
        return "C()"

c = C()
r = weakref.ref(c)
print(r() is c, weakref.ref(c) is r, weakref.getweakrefcount(c))
r2 = weakref.ref(c, lambda w: print("callback", w is r2, w()))
print(weakref.getweakrefcount(c), weakref.getweakrefs(c)[0] is r)
print(hash(r) == hash(c), r == r2, r != r2, r2.__callback__ is not None, r.__callback__)
print(repr(r).startswith("<weakref at 0x"), "to 'C'" in repr(r))
p = weakref.proxy(c)
c.x = 5
print(p.x, p.method(), type(p) is weakref.ProxyType)
p.y = 7
print(c.y)
print(weakref.proxy(c) is p)
del c
print(r(), r == r2)
try:
    p.x
except ReferenceError as e:
    print("ReferenceError:", e)
print(repr(r).endswith("; dead>"))
try:
    hash(weakref.ref(C()))
except TypeError as e:
    print("TypeError:", e)

for obj in (1, "s", (1,), None):
    try:
        weakref.ref(obj)
    except TypeError as e:
        print(e)

def f():
    return 1
wf = weakref.ref(f)
print(wf() is f)
cp = weakref.proxy(f)
print(type(cp) is weakref.CallableProxyType, cp())

class Sub(weakref.ref):
    def __new__(cls, ob, callback=None, extra=0):
        return super().__new__(cls, ob, callback)
    def __init__(self, ob, callback=None, extra=0):
        super().__init__(ob, callback)
        self.extra = extra
o = C()
try:
    weakref.ref(o, None, 3)
except TypeError as e:
    print("TypeError:", e)
s = Sub(o, None, 3)
print(s() is o, s.extra, isinstance(s, weakref.ref), s is not weakref.ref(o))
del o
print(s())

# ints through a proxy
class N:
    def __init__(self, v): self.v = v
    def __add__(self, other): return self.v + other
    def __len__(self): return 3
    def __getitem__(self, i): return i * 2
n = N(4)
pn = weakref.proxy(n)
print(pn + 1, len(pn), pn[5], bool(pn))

# weak references to classes
class K: pass
wk = weakref.ref(K)
print(wk() is K)
del K
gc.collect()
print(wk())

# WeakMethod
class M:
    def m(self): return 42
mm = M()
wm = weakref.WeakMethod(mm.m)
print(wm()())
del mm
print(wm())
