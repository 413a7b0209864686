# Generators, coroutines, async generators and code objects take weak references (as in CPython).
import weakref, gc
def g():
    yield 1
async def c():
    return 1
async def ag():
    yield 1
for mk in (g, c, ag):
    o = mk()
    dead = []
    r = weakref.ref(o, lambda ref: dead.append(type(ref).__name__))
    print(type(o).__name__, r() is o, weakref.getweakrefcount(o))
    if mk is c: o.close()
    del o
    print(r(), dead)
co = compile("x = 1", "<s>", "exec")
rc = weakref.ref(co)
print(rc() is co)
del co
print(rc())
ws = weakref.WeakSet()
gens = [g() for _ in range(3)]
for x in gens: ws.add(x)
print(len(ws))
del gens, x
print(len(ws))
