# Coroutine chains awaited (SEND) and driven by hand with send()/throw(): the awaited
# coroutines' frames are resumed inline by SEND; every way out must behave as CPython's.
import types


@types.coroutine
def suspend(v):
    got = yield v
    return got


async def leaf(tag):
    a = await suspend(tag + ":1")
    b = await suspend(tag + ":2")
    return a + b


async def middle(tag):
    x = await leaf(tag)
    y = await leaf(tag.upper())
    return x * 2 + y


async def failing(n):
    await suspend("f")
    if n % 2:
        raise KeyError(n)
    return n


async def catcher(n):
    try:
        return await failing(n)
    except KeyError as e:
        return "caught %r" % (e,)


def drive(coro, feed=1):
    trace = []
    try:
        v = coro.send(None)
        while True:
            trace.append(v)
            v = coro.send(feed)
            feed += 1
    except StopIteration as e:
        trace.append(("done", e.value))
    return trace


for i in range(30):
    r1 = drive(middle("t%d" % i))
    r2 = drive(catcher(i))
print(r1)
print(r2, drive(catcher(4)))


# throw() into the outer coroutine reaches the innermost await.
async def guarded():
    try:
        await leaf("g")
    except ValueError as e:
        return "guarded " + str(e)


for i in range(25):
    c = guarded()
    first = c.send(None)
    try:
        c.throw(ValueError("boom %d" % i))
    except StopIteration as e:
        res = (first, e.value)
print(res)


# An awaited coroutine raising StopIteration: RuntimeError.
async def bad():
    raise StopIteration(5)


async def awaits_bad():
    await suspend(0)
    return await bad()


for i in range(25):
    c = awaits_bad()
    c.send(None)
    try:
        c.send(None)
    except RuntimeError as e:
        res = (str(e), type(e.__cause__).__name__)
print(res)


# Awaiting an already awaited coroutine.
async def once():
    return 1


async def twice(c):
    a = await c
    b = await c
    return a + b


for i in range(25):
    try:
        drive(twice(once()))
    except RuntimeError as e:
        res = str(e)
print(res)


# yield from a generator that receives sent values, and a non-None value sent into a
# just-started generator through yield from.
def echo():
    got = yield "ready"
    while got is not None:
        got = yield got * 2
    return "echo done"


def outer():
    r = yield from echo()
    yield r


for i in range(25):
    g = outer()
    vals = [next(g), g.send(3), g.send(i), g.send(None)]
print(vals)


def delegate_to(it):
    yield from it


for i in range(25):
    e = echo()
    g = delegate_to(e)
    try:
        g.send(5)
    except TypeError as ex:
        msg = str(ex)
print(msg)
