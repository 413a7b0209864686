# Handle (C in Spry): call_soon's handles, their repr, cancel, a callback that raises,
# timers ordered by time, and a loop whose own call_soon must still be used by tasks.
import asyncio
import contextvars

var = contextvars.ContextVar('var', default='unset')


def show(tag, *args):
    print('cb', tag, args, var.get())


async def basics():
    loop = asyncio.get_running_loop()
    h = loop.call_soon(show, 'a', 1)
    print(type(h).__name__, isinstance(h, asyncio.Handle), h.cancelled())
    print(repr(h).split(' at ')[0])
    h2 = loop.call_soon(show, 'b')
    h2.cancel()
    h2.cancel()
    print(h2.cancelled(), h2._callback, h2._args, repr(h2))
    ctx = contextvars.copy_context()
    ctx.run(var.set, 'in ctx')
    loop.call_soon(show, 'c', context=ctx)
    t1 = loop.call_later(0.002, show, 'late')
    t0 = loop.call_later(0.001, show, 'early')
    print(t0 < t1, t1 > t0, t0 == t0, type(t0).__name__, t0.when() < t1.when())
    await asyncio.sleep(0.01)
    print('var outside', var.get())


def bad():
    raise ValueError('boom')


async def raising():
    loop = asyncio.get_running_loop()
    seen = []
    loop.set_exception_handler(lambda lp, c: seen.append((c['message'].split(' at ')[0],
                                                          type(c['exception']).__name__,
                                                          type(c['handle']).__name__)))
    loop.call_soon(bad)
    loop.call_soon(show, 'after bad')
    await asyncio.sleep(0)
    print('reported', seen)


class CountingLoop(asyncio.SelectorEventLoop if hasattr(asyncio, 'SelectorEventLoop')
                   else type(asyncio.new_event_loop())):
    calls = 0

    def call_soon(self, callback, *args, context=None):
        CountingLoop.calls += 1
        return super().call_soon(callback, *args, context=context)


async def work(n):
    for _ in range(n):
        await asyncio.sleep(0)
    return n * 2


asyncio.run(basics())
asyncio.run(raising())
loop = CountingLoop()
print('custom loop result', loop.run_until_complete(work(3)), CountingLoop.calls > 3)
loop.close()
loop = asyncio.new_event_loop()
loop.set_debug(True)
print('debug loop result', loop.run_until_complete(work(2)))
loop.close()
