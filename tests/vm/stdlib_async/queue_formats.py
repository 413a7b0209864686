# asyncio queues: str() formats, ordering of the three kinds, nowait errors,
# task_done/join bookkeeping, maxsize edge cases, generic alias.
import asyncio


def attempt(label, fn):
    try:
        print(label, 'ok', fn())
    except Exception as e:
        print(label, type(e).__name__, repr(e))


async def main():
    q = asyncio.Queue()
    print(str(q), q.maxsize, q.qsize(), q.empty(), q.full())
    print(repr(q).startswith('<Queue at 0x'), repr(q).endswith(' maxsize=0>'))
    q.put_nowait(1)
    q.put_nowait(2)
    print(str(q))
    small = asyncio.Queue(2)
    small.put_nowait('a')
    small.put_nowait('b')
    print(str(small), small.full())
    attempt('put_nowait full', lambda: small.put_nowait('c'))
    blocked = asyncio.create_task(small.put('c'))
    await asyncio.sleep(0)
    print(str(small))
    print(small.get_nowait(), str(small))
    await asyncio.sleep(0)
    print(blocked.done(), str(small))

    empty = asyncio.Queue()
    attempt('get_nowait empty', empty.get_nowait)
    waiting = asyncio.create_task(empty.get())
    await asyncio.sleep(0)
    print(str(empty))
    empty.put_nowait(5)
    await asyncio.sleep(0)
    print(waiting.result(), str(empty))
    empty.task_done()
    attempt('task_done too often', empty.task_done)
    print(str(empty))

    for size in (0, -1):
        unbounded = asyncio.Queue(size)
        for i in range(3):
            unbounded.put_nowait(i)
        print(size, unbounded.full(), str(unbounded))

    for kind in (asyncio.Queue, asyncio.PriorityQueue, asyncio.LifoQueue):
        kq = kind()
        for x in (3, 1, 2, 5, 4):
            kq.put_nowait(x)
        print(str(kq), [kq.get_nowait() for _ in range(5)], kq.qsize())

    work = asyncio.Queue()
    for i in range(3):
        work.put_nowait(i)
    done = []

    async def worker():
        while True:
            item = await work.get()
            await asyncio.sleep(0)
            done.append(item)
            work.task_done()
    w = asyncio.create_task(worker())
    await work.join()
    print('joined', done, str(work))
    w.cancel()
    await asyncio.sleep(0)
    print('worker cancelled', w.cancelled(), str(work))
    print(asyncio.Queue[int], asyncio.PriorityQueue[str])
    print(issubclass(asyncio.QueueEmpty, Exception), issubclass(asyncio.QueueFull, Exception))
    print(asyncio.QueueEmpty.__module__, asyncio.QueueFull.__name__)

asyncio.run(main())
attempt('loop kwarg', lambda: asyncio.Queue(loop=None))
