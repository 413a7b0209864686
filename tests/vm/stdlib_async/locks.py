# Lock, Event, Condition, Semaphore, BoundedSemaphore, Barrier.
import asyncio
import re


def show(obj):
    print(re.sub(r' at 0x[0-9a-f]+', '', repr(obj)))


async def locked_worker(lock, name, log):
    async with lock:
        log.append(f'{name} in')
        await asyncio.sleep(0)
        log.append(f'{name} out')


async def main():
    lock = asyncio.Lock()
    show(lock)
    log = []
    await asyncio.gather(*(locked_worker(lock, n, log) for n in 'abc'))
    print(log)
    await lock.acquire()
    show(lock)
    lock.release()
    try:
        lock.release()
    except RuntimeError as e:
        print(e)

    ev = asyncio.Event()
    async def waiter(i):
        await ev.wait()
        return i * 10
    tasks = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0)
    show(ev)
    ev.set()
    print(await asyncio.gather(*tasks), ev.is_set())
    ev.clear()
    print(ev.is_set())

    cond = asyncio.Condition()
    items = []
    async def consume(name):
        async with cond:
            await cond.wait_for(lambda: items)
            return f'{name}:{items.pop(0)}'
    cs = [asyncio.create_task(consume(n)) for n in ('x', 'y')]
    await asyncio.sleep(0)
    async with cond:
        items.extend([1, 2])
        cond.notify_all()
    print(await asyncio.gather(*cs))
    try:
        cond.notify()
    except RuntimeError as e:
        print(e)

    sem = asyncio.Semaphore(2)
    active = []
    peak = []
    async def limited(i):
        async with sem:
            active.append(i)
            peak.append(len(active))
            await asyncio.sleep(0.001)
            active.remove(i)
    await asyncio.gather(*(limited(i) for i in range(5)))
    print('peak', max(peak), len(peak))
    show(sem)
    bsem = asyncio.BoundedSemaphore(1)
    try:
        bsem.release()
    except ValueError as e:
        print(e)
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print(e)

    barrier = asyncio.Barrier(3)
    async def arrive(i):
        await asyncio.sleep(i * 0.001)
        pos = await barrier.wait()
        return pos
    print(sorted(await asyncio.gather(*(arrive(i) for i in range(3)))))
    show(barrier)
    await barrier.abort()
    try:
        await barrier.wait()
    except asyncio.BrokenBarrierError as e:
        print('broken', barrier.broken, e)


asyncio.run(main())
