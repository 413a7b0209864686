# `local.attr` runs as one fused step once the LOAD_ATTR is specialized to an inline
# instance value, a shape value or a __slots__ member. Every way the fused read can go
# stale must fall back to the ordinary lookup with CPython's result or exception.

class P:
    def __init__(self, x):
        self.x = x

class Q:
    __slots__ = ("x", "y")
    def __init__(self, x):
        self.x = x

class R:
    def __init__(self, x):
        self.x = x

def read_x(objs):
    out = []
    for o in objs:
        try:
            out.append(o.x)
        except AttributeError as e:
            out.append("AttributeError: %s" % e)
    return out

# Warm up on one class, then feed others, then an int, None, and a class object.
warm = [P(i) for i in range(200)]
print(sum(read_x(warm)))
class K:
    x = "class attribute"
print(read_x([P(1), Q(2), R(3), 5, None, K, P("last")])[:7])

# Slots: warm up, then delete the member (the slot is empty), then restore it.
qs = [Q(i) for i in range(200)]
print(sum(read_x(qs)))
q = qs[7]
del q.x
print(read_x([qs[6], q, qs[8]]))
q.x = 70
print(read_x([qs[6], q, qs[8]]))

# Instance values: an attribute deleted, added back, and the instance moved to a dict.
ps = [P(i) for i in range(200)]
print(sum(read_x(ps)))
p = ps[3]
del p.x
print(read_x([ps[2], p]))
p.x = 33
p.__dict__["extra"] = 1
print(read_x([ps[2], p, ps[4]]))
vars(p).clear()
print(read_x([p]))

# The class changes under a warm site: a property shadows the attribute, then goes.
def loop_sum(objs, n):
    total = 0
    for i in range(n):
        o = objs[i % len(objs)]
        total += o.x
    return total

rs = [R(i) for i in range(10)]
print(loop_sum(rs, 500))
R.x = property(lambda self: 1000)
print(loop_sum(rs, 500))
del R.x
print(loop_sum(rs, 500))

# __class__ reassigned mid-loop.
class A:
    def __init__(self):
        self.x = "A's x"
class B:
    def __init__(self):
        self.x = "B's x"
a = A()
res = []
for i in range(300):
    if i == 150:
        a.__class__ = B
        del a.x
    try:
        res.append(a.x)
    except AttributeError as e:
        res.append(str(e))
print(res[0], res[149], res[150], res[-1], len(res))

# A __getattr__ added to the class after warm-up answers for a missing attribute.
def get_y(o):
    return o.x
ts = [R(i) for i in range(300)]
print(sum(get_y(o) for o in ts))
ghost = R(0)
del ghost.x
R.__getattr__ = lambda self, name: "from __getattr__: " + name
print(get_y(ghost), get_y(ts[5]))

# An unbound local at a fused site.
def unbound(flag):
    if flag:
        o = P(1)
    return o.x
for _ in range(100):
    unbound(True)
try:
    unbound(False)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)

# The local rebound to another object between reads at the same site.
def rebinding(n):
    seen = []
    o = P("p")
    for i in range(n):
        seen.append(o.x)
        o = Q("q") if i % 2 else P("p")
    return "".join(seen)
print(rebinding(40))
