# asyncio.Queue: getters and putters that wait, are cancelled while waiting, or time
# out, and the wake-ups that must then pass on to the next waiter; task names.
import asyncio


async def main():
    q = asyncio.Queue(maxsize=1)
    order = []

    async def getter(tag):
        item = await q.get()
        order.append((tag, item))

    g1 = asyncio.create_task(getter('g1'))
    g2 = asyncio.create_task(getter('g2'))
    await asyncio.sleep(0)
    print('getters waiting', len(q._getters))
    g1.cancel()
    await q.put('x')
    await asyncio.sleep(0)
    print('after cancel', order, g1.cancelled(), q.qsize())

    await q.put('fill')
    p1 = asyncio.create_task(q.put('p1'))
    p2 = asyncio.create_task(q.put('p2'))
    await asyncio.sleep(0)
    print('putters waiting', len(q._putters), q.full())
    p1.cancel()
    print('got', q.get_nowait())
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print('queue now', q.get_nowait(), q.empty(), p1.cancelled(), p2.done())

    try:
        await asyncio.wait_for(q.get(), 0.001)
    except asyncio.TimeoutError:
        print('get timed out; getters left', len(q._getters))
    await q.put(7)
    print('then', await q.get())

    names = [asyncio.create_task(asyncio.sleep(0)).get_name().startswith('Task-') for _ in range(3)]
    named = asyncio.create_task(asyncio.sleep(0), name=42)
    print('names', names, repr(named.get_name()))
    await asyncio.sleep(0)

asyncio.run(main())
