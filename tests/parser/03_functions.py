def f(): pass
def f(a): pass
def f(a, b=1): pass
def f(a, /, b, *, c): pass
def f(a, b=2, /, c=3, *args, d, e=4, **kwargs): pass
def f(*, a): pass
def f(*, a=1, b): pass
def f(*args): pass
def f(**kwargs): pass
def f(*args, **kwargs): pass
def f(a, /): pass
def f(a=1, /): pass
def f(a, b, /, c): pass
def f(a: int, b: "str" = "x", *args: int, c: float = 1.0, **kw: dict) -> None: pass
def f(*args: *Ts): pass
def f(a,
      b,
      c,
      ): pass
def f(a, b,): pass
def f(*, a,): pass
def f(**kw,): pass

@decorator
def g(): pass

@decorator.attr
@decorator(arg, kw=1)
@x[0]
@(lambda f: f)
@a if b else c
@x := y
def h(): pass

@dataclass
class K: pass

async def coro(x):
    await x
    await asyncio.sleep(1)
    async for i in aiter():
        pass
    else:
        pass
    async with lock as l, other:
        pass
    async with (a as b, c as d):
        pass
    result = [i async for i in aiter() if await i]
    gen = (await x for x in y)
    return await something()

@decorator
async def decorated_coro(): pass

def gen():
    yield
    yield 1
    yield 1, 2
    yield *a, b
    x = yield
    x = yield 1
    y = yield from other()
    await_ = 1
    return

def nested():
    def inner():
        nonlocal x
        x = 1
    global y
    return inner

def annotated() -> list[int]:
    x: int
    y: int = 0
    (z): int = 1
    a.b: str
    a[0]: str = "x"
    w: tuple = 1, 2
    v: int = yield
    return [x]

lambda: 0
lambda x: x
lambda x, y=1: x + y
lambda *args, **kwargs: args
lambda a, /, b, *, c: 0
lambda *, a=1: a
lambda a=1, /, b=2, *c, d, e=3, **f: 0
lambda: (yield)
f = lambda x: lambda y: x + y
