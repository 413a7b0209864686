# weakref.finalize: runs once, when the object dies or when called.
import weakref, gc

class Obj:
    pass

o = Obj()
f = weakref.finalize(o, print, "finalized", 1, sep="-")
print(f.alive, f.atexit, f.peek()[1] is print, f.peek()[2])
del o
print(f.alive, f.peek(), f())

o = Obj()
f = weakref.finalize(o, lambda *a: a, 1, 2)
print(f(), f.alive, f())
del o

o = Obj()
f = weakref.finalize(o, print, "never")
r = f.detach()
print(r[0] is o, r[2], f.alive, f.detach())
del o, r

# a finalizer on an object in a cycle runs at collection
o = Obj(); o.me = o
f = weakref.finalize(o, print, "cycle finalized")
del o
print("before collect", f.alive)
gc.collect()
print("after collect", f.alive)

o = Obj()
f = weakref.finalize(o, print, "atexit off")
f.atexit = False
print(f.atexit)
print(repr(f).startswith("<finalize object at 0x"), "for 'Obj'" in repr(f))
del o
print(repr(f).endswith("; dead>"))
