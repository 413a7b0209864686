# Queue / PriorityQueue / LifoQueue: producers, consumers, join, limits.
import asyncio


async def producer(q, name, n):
    for i in range(n):
        await q.put(f'{name}{i}')
        print('put', f'{name}{i}', q.qsize())


async def consumer(q, name, seen):
    while True:
        item = await q.get()
        seen.append((name, item))
        await asyncio.sleep(0)
        q.task_done()


async def main():
    q = asyncio.Queue(maxsize=2)
    print(q, q.maxsize, q.empty(), q.full())
    seen = []
    consumers = [asyncio.create_task(consumer(q, f'c{i}', seen)) for i in range(2)]
    await asyncio.gather(producer(q, 'p', 4), producer(q, 'r', 3))
    await q.join()
    print(seen)
    for c in consumers:
        c.cancel()
    await asyncio.gather(*consumers, return_exceptions=True)

    pq = asyncio.PriorityQueue()
    for item in [(3, 'c'), (1, 'a'), (2, 'b')]:
        pq.put_nowait(item)
    print([pq.get_nowait() for _ in range(3)])
    lq = asyncio.LifoQueue()
    for i in range(3):
        lq.put_nowait(i)
    print(str(lq), [lq.get_nowait() for _ in range(3)])
    try:
        lq.get_nowait()
    except asyncio.QueueEmpty:
        print('QueueEmpty')
    small = asyncio.Queue(1)
    small.put_nowait('x')
    try:
        small.put_nowait('y')
    except asyncio.QueueFull:
        print('QueueFull', str(small))
    try:
        asyncio.Queue().task_done()
    except ValueError as e:
        print(e)
    getter = asyncio.create_task(asyncio.Queue().get())
    await asyncio.sleep(0)
    getter.cancel()
    await asyncio.gather(getter, return_exceptions=True)
    print('getter cancelled', getter.cancelled())
    try:
        await asyncio.wait_for(small.put('z'), 0.001)
    except TimeoutError:
        print('put timed out', small.qsize())


asyncio.run(main())
