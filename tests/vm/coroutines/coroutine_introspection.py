async def coro_fn(): return 1
def gen_fn(): yield 1
async def agen_fn(): yield 1
print(coro_fn.__code__.co_flags & 0x80 != 0, gen_fn.__code__.co_flags & 0x20 != 0, agen_fn.__code__.co_flags & 0x200 != 0)
c = coro_fn()
print(type(c).__name__, hasattr(c, "send"), hasattr(c, "__await__"), hasattr(c, "__next__"), hasattr(c, "__iter__"))
try:
    iter(c)
except TypeError as e:
    print("TypeError", e)
try:
    next(c)
except TypeError as e:
    print("TypeError", e)
w = c.__await__()
print(type(w).__name__)
try:
    next(w)
except StopIteration as e:
    print("value via __await__", e.value)
ag = agen_fn()
print(type(ag).__name__, hasattr(ag, "__anext__"), hasattr(ag, "__aiter__"), ag.__aiter__() is ag)
async def returns_coro():
    inner = coro_fn()
    return type(inner).__name__, await inner
r = returns_coro()
try:
    r.send(None)
except StopIteration as e:
    print(e.value)
