# weakref.finalize (call once, detach/peek/alive, atexit flag, exit-time order with an
# error in the middle) and WeakMethod (rebinding, equality, death of either half).
import weakref, gc, sys

class Obj:
    def __init__(self, name):
        self.name = name
    def method(self, x):
        return (self.name, x)
    def __repr__(self):
        return 'Obj(%s)' % self.name

def report(*args, **kwargs):
    print('finalizer ran', args, kwargs)
    return 'result'

a = Obj('a')
fa = weakref.finalize(a, report, 1, key='v')
print(fa.alive, fa.atexit, fa.peek()[0], fa.peek()[2:])
print(fa(), fa(), fa.alive, fa.peek(), fa.detach())
b = Obj('b')
fb = weakref.finalize(b, report, 'b')
obj, func, args, kwargs = fb.detach()
print(obj, func is report, args, kwargs, fb.alive, fb())
c = Obj('c')
fc = weakref.finalize(c, report, 'c')
del c
gc.collect()
print('after del c', fc.alive)
print(repr(fc).endswith('; dead>'), repr(weakref.finalize(b, report)).split(';')[1].split(' at ')[0])
for bad in [lambda: weakref.finalize(1, report), lambda: weakref.finalize(b)]:
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)

keep = [Obj(n) for n in 'xyz']
weakref.finalize(keep[0], print, 'exit: x (created first, runs last)')
weakref.finalize(keep[1], lambda: 1 / 0)
quiet = weakref.finalize(keep[2], print, 'exit: must not run')
quiet.atexit = False
weakref.finalize(keep[2], print, 'exit: z (created last, runs first)')
sys.excepthook = lambda tp, value, tb: print('excepthook got', tp.__name__)

o = Obj('m')
wm = weakref.WeakMethod(o.method)
print(wm()(1), wm() == o.method, wm == weakref.WeakMethod(o.method), hash(wm) == hash(weakref.WeakMethod(o.method)))
fired = []
wm2 = weakref.WeakMethod(o.method, lambda r: fired.append(r is wm2))
for bad in [len, o, Obj.method]:
    try:
        weakref.WeakMethod(bad)
    except TypeError as e:
        print('TypeError', e)
del o
gc.collect()
print(wm(), wm2(), fired, wm == wm2, wm == wm)
class Holder:
    def go(self):
        return 'went'
h = Holder()
wm3 = weakref.WeakMethod(h.go, lambda r: print('callback once'))
Holder.go = lambda self: 'replaced'
del Holder.go
print(wm3() is None or wm3()() == 'went')
del h
gc.collect()
print('end of main')
