# contextvars: nested Context.run, isolation of copies, generators and closures seeing the
# context current at each call, and Token.old_value chains.
from contextvars import ContextVar, copy_context, Context

depth = ContextVar('depth', default=0)
log = []

def descend(n):
    depth.set(depth.get() + 1)
    log.append(depth.get())
    if n:
        copy_context().run(descend, n - 1)
    log.append(('back', depth.get()))

copy_context().run(descend, 3)
print(log)
print('outer depth', depth.get())

name = ContextVar('name')
t1 = name.set('a')
t2 = name.set('b')
t3 = name.set('c')
print(t1.old_value, t2.old_value, t3.old_value, name.get())
name.reset(t3)
print(name.get())
name.reset(t2)
print(name.get())
try:
    name.reset(t2)
except RuntimeError as e:
    print('RuntimeError', str(e).startswith('<Token used var=<ContextVar name=\'name\''))

snap = copy_context()
name.set('changed')
print(snap[name], name.get(), snap.get(name))

def gen():
    for _ in range(3):
        yield name.get('unset')

g = gen()
c1 = Context()
print(next(g), c1.run(next, g), next(g))

counter = ContextVar('counter', default=0)
def bump():
    counter.set(counter.get() + 1)
    return counter.get()

ctx = Context()
print([ctx.run(bump) for _ in range(4)], counter.get(), ctx[counter])
print(list(ctx.keys()) == [counter], list(ctx.items()) == [(counter, 4)], len(ctx))
try:
    ctx.run(lambda: ctx.run(bump))
except RuntimeError as e:
    print('RuntimeError', 'is already entered' in str(e))
print(ctx.run(lambda: 1 / 1), 'ok after error')
