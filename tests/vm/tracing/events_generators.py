# Generators and coroutines: a call/return pair on every resume and suspension.
import sys
from _tracer import show


def gen(n):
    for i in range(n):
        got = yield i
        if got:
            print('got', got)
    return 'done'


def delegate():
    r = yield from gen(2)
    yield r


def drive():
    g = gen(3)
    out = [next(g), g.send('x')]
    out.extend(g)
    return out


def drive_delegate():
    return list(delegate())


def genexp():
    return sum(x * x for x in range(3))


async def leaf(x):
    return x + 1


async def coro():
    a = await leaf(1)
    b = await leaf(a)
    return b


def run_coro():
    c = coro()
    try:
        c.send(None)
    except StopIteration as e:
        return e.value


def closing():
    g = gen(5)
    next(g)
    g.close()
    return 'closed'


def throwing():
    g = gen(5)
    next(g)
    try:
        g.throw(KeyError)
    except KeyError:
        return 'thrown'


show('send and iterate', drive)
show('yield from', drive_delegate)
show('generator expression', genexp)
show('coroutine', run_coro)
show('close', closing)
show('throw', throwing)
