# anext(it, default): the default comes back when the async iterator is exhausted,
# through await and when the awaitable is driven by hand with send/throw/close.
import asyncio


async def agen():
    yield 1
    yield 2


class Counter:
    """An async iterator whose __anext__ is a plain coroutine function."""

    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n


async def main():
    it = agen()
    print(await anext(it, 'default'), await anext(it, 'default'), await anext(it, 'default'))
    print(await anext(it, None))
    try:
        await anext(it)
    except StopAsyncIteration as e:
        print('no default:', type(e).__name__)
    c = Counter(2)
    print([await anext(c, -1) for _ in range(4)])
    w = anext(agen(), 'x')
    print(type(w).__name__)
    try:
        anext(5, 1)
    except TypeError as e:
        print(e)


asyncio.run(main())

# Driven by hand: the exhausted iterator's StopAsyncIteration becomes StopIteration(default).
def drive(awaitable):
    try:
        awaitable.send(None)
    except StopIteration as e:
        return e.value


done = agen()
print(drive(anext(done, 'a')), drive(anext(done, 'b')), drive(anext(done, 'c')))
aw = anext(agen(), 'z')
try:
    aw.throw(ValueError('into the generator'))
except ValueError as e:
    print('thrown through:', e)
print(anext(agen(), 0).close())
