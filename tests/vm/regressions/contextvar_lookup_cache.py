# ContextVar.get remembers its last lookup per context: every set, reset, Context.run,
# copy and thread switch must still see the current value.
import contextvars
import threading
from decimal import getcontext, localcontext, Decimal

v = contextvars.ContextVar('v', default='dflt')
w = contextvars.ContextVar('w')
print(v.get(), w.get('none'))
t1 = v.set(1)
print(v.get(), v.get())
t2 = v.set(2)
print(v.get())
w.set('w1')
print(v.get(), w.get())
v.reset(t2)
print(v.get())
v.reset(t1)
print(v.get())

ctx = contextvars.copy_context()
def inside(x):
    before = v.get()
    v.set(x)
    return before, v.get(), w.get()
print(ctx.run(inside, 'a'), v.get())
print(ctx.run(inside, 'b'), v.get(), ctx[v])
other = contextvars.Context()
print(other.run(lambda: (v.get(), w.get('missing'))))
print(v.get(), w.get())

seen = []
def worker(n):
    seen.append((n, v.get(), w.get('none')))
    v.set(n)
    seen.append((n, v.get()))
ths = [threading.Thread(target=worker, args=(i,)) for i in range(3)]
for th in ths:
    th.start()
    th.join()
print(seen, v.get())

# decimal's current context lives in a ContextVar too
print(getcontext().prec)
with localcontext() as c:
    c.prec = 5
    print(getcontext().prec, Decimal(1) / 3)
    print(contextvars.copy_context().run(lambda: (getcontext().prec, str(Decimal(1) / 3))))
print(getcontext().prec, Decimal(1) / 3)
