# Task API odds and ends: names, get_coro, set_result refusal, awaiting itself, nested run.
import asyncio
import types


async def answer():
    return 42


async def main():
    coro = answer()
    t = asyncio.create_task(coro)
    print(t.get_coro() is coro, t.get_name(), asyncio.current_task().get_name())
    t.set_name(7)
    print(repr(t.get_name()))
    for meth, arg in ((t.set_result, 1), (t.set_exception, ValueError())):
        try:
            meth(arg)
        except RuntimeError as e:
            print(e)
    print(await t)

    async def self_await():
        await asyncio.current_task()
    t2 = asyncio.create_task(self_await())
    try:
        await t2
    except RuntimeError as e:
        print(str(e).split(':')[0])

    @types.coroutine
    def bad_yield():
        yield 'not a future'
    async def uses_bad():
        await bad_yield()
    try:
        await asyncio.create_task(uses_bad())
    except RuntimeError as e:
        print(str(e))

    inner = answer()
    try:
        asyncio.run(inner)
    except RuntimeError as e:
        print(e)
    inner.close()

    waiter = asyncio.create_task(asyncio.wait_for(asyncio.sleep(1), 5))
    await asyncio.sleep(0)
    waiter.cancel('outer cancel')
    try:
        await waiter
    except asyncio.CancelledError as e:
        print('wait_for cancelled from outside', e.args)

    async def child():
        await asyncio.sleep(1)
    g = asyncio.gather(child(), child())
    await asyncio.sleep(0)
    print(g.cancel('bye'), g.cancel())
    try:
        await g
    except asyncio.CancelledError as e:
        print('gather message', e.args)

    fut = asyncio.ensure_future(answer())
    print(type(fut).__name__, await fut, asyncio.ensure_future(fut) is fut)
    try:
        asyncio.ensure_future(5)
    except TypeError as e:
        print(e)


asyncio.run(main())
print(asyncio.run(answer()))
