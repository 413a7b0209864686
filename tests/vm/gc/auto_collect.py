# Collection happens automatically as containers are allocated; gc.disable() stops it.
import gc, weakref

gc.collect()
freed = [0]
def note(w):
    freed[0] += 1

class Pair:
    pass

refs = []
for i in range(20000):
    a = Pair(); b = Pair(); a.b = b; b.a = a
    refs.append(weakref.ref(a, note))
del a, b
print("freed without gc.collect():", freed[0] > 10000)
gc.collect()
print("all freed after gc.collect():", freed[0] == 20000, sum(1 for r in refs if r() is not None))

gc.disable()
freed[0] = 0
refs = []
for i in range(5000):
    a = Pair(); a.me = a
    refs.append(weakref.ref(a, note))
del a
print("freed while disabled:", freed[0])
gc.enable()
gc.collect()
print("freed after enable + collect:", freed[0])

# suspended generators in cycles
def gen():
    me = yield 1
    yield me
g = gen(); next(g); g.send(g) if False else None
holder = Pair(); holder.g = g; g_ref = weakref.ref(holder)
def gen2(h):
    x = h
    yield 1
    yield x
holder.g2 = gen2(holder); next(holder.g2)
del g, holder
gc.collect()
print("generator cycle freed:", g_ref())

# a frame kept alive by a traceback in a cycle
def fail():
    local = Pair()
    raise ValueError(local)
try:
    fail()
except ValueError as e:
    err = e
w = weakref.ref(err.args[0])
err.self = err   # exception -> traceback -> frame -> ... and back
del err
gc.collect()
print("exception cycle freed:", w())
