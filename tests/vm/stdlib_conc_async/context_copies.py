# Context copies share their variables until one side writes (Spry copies on write):
# writes after a copy must stay invisible to the other context, both ways.
import asyncio
import contextvars

a = contextvars.ContextVar('a', default=0)
b = contextvars.ContextVar('b')

a.set(1)
c1 = contextvars.copy_context()
a.set(2)
print('after copy', a.get(), c1[a], len(c1))
c2 = c1.copy()
c2.run(a.set, 10)
c2.run(b.set, 'x')
print('c1', c1[a], b in c1, 'c2', c2[a], c2[b], sorted(v.name for v in c2))


def reset_in(ctx):
    tok = b.set('temp')
    inner = contextvars.copy_context()
    b.reset(tok)
    return inner.get(b), b.get('gone')


print('reset', c2.run(reset_in, c2))
print('c2 still', c2[b], 'c1 still', c1.get(b, 'missing'))
keys = list(c2.keys())
c2.run(a.set, 11)
print('view snapshot', len(keys), c2[a])


async def task_sets(i):
    a.set(100 + i)
    await asyncio.sleep(0)
    return a.get()


async def main():
    a.set(50)
    got = await asyncio.gather(*(task_sets(i) for i in range(4)))
    print('tasks', got, 'main still', a.get())

asyncio.run(main())
print('top level', a.get())
