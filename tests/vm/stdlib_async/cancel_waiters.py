# Cancelling tasks blocked on locks, semaphores, conditions and queues hands the turn on.
import asyncio


async def hold(prim, name, log, delay=0):
    try:
        async with prim:
            log.append(f'{name} got it')
            await asyncio.sleep(delay)
    except asyncio.CancelledError:
        log.append(f'{name} cancelled')
        raise


async def main():
    for prim in (asyncio.Lock(), asyncio.Semaphore(1)):
        log = []
        first = asyncio.create_task(hold(prim, 'first', log, 0.001))
        second = asyncio.create_task(hold(prim, 'second', log))
        third = asyncio.create_task(hold(prim, 'third', log))
        await asyncio.sleep(0)
        second.cancel()
        await asyncio.gather(first, second, third, return_exceptions=True)
        print(type(prim).__name__, log, prim.locked())

    cond = asyncio.Condition()
    async def wait_cond(name):
        async with cond:
            try:
                await cond.wait()
                return f'{name} notified'
            except asyncio.CancelledError:
                return f'{name} cancelled, lock held: {cond.locked()}'
    a = asyncio.create_task(wait_cond('a'))
    b = asyncio.create_task(wait_cond('b'))
    await asyncio.sleep(0)
    a.cancel()
    async with cond:
        cond.notify()
    print(await a, '|', await b)

    q = asyncio.Queue(maxsize=1)
    q.put_nowait('full')
    putters = [asyncio.create_task(q.put(i)) for i in range(3)]
    await asyncio.sleep(0)
    putters[0].cancel()
    print(q.get_nowait())
    await asyncio.sleep(0)
    print(q.get_nowait(), [p.cancelled() for p in putters], q.qsize())
    await asyncio.sleep(0)
    print(q.get_nowait(), [p.done() for p in putters])


asyncio.run(main())
