"""asyncio scheduling: many tasks, queues, gather, locks and events.

A pipeline of producer tasks feeding worker tasks through bounded queues, a
fan-out of small tasks collected with gather, and tasks contending for a lock
and waiting on events. Sleeps are all sleep(0), so the run is CPU-bound and
deterministic.

Usage: async_tasks.py [rounds]   (default 40)
"""
import asyncio
import sys


async def produce(queue, base, n):
    for i in range(n):
        await queue.put(base + i)
    await queue.put(None)


async def work(inq, outq):
    total = 0
    while True:
        item = await inq.get()
        if item is None:
            await outq.put(total)
            return
        total += item * item % 97
        if item % 7 == 0:
            await asyncio.sleep(0)


async def pipeline(stages, n):
    queues = [asyncio.Queue(maxsize=8) for _ in range(stages)]
    results = asyncio.Queue()
    tasks = []
    for k, q in enumerate(queues):
        tasks.append(asyncio.create_task(produce(q, k * n, n)))
        tasks.append(asyncio.create_task(work(q, results)))
    await asyncio.gather(*tasks)
    return sum(results.get_nowait() for _ in range(stages))


async def leaf(i):
    await asyncio.sleep(0)
    return i * 3 + 1


async def fan_out(n):
    values = await asyncio.gather(*(leaf(i) for i in range(n)))
    return sum(values)


async def contend(lock, counter, rounds):
    for _ in range(rounds):
        async with lock:
            value = counter[0]
            await asyncio.sleep(0)
            counter[0] = value + 1


async def locks(workers, rounds):
    lock = asyncio.Lock()
    counter = [0]
    await asyncio.gather(*(contend(lock, counter, rounds) for _ in range(workers)))
    return counter[0]


async def events(n):
    go = asyncio.Event()
    done = []

    async def waiter(i):
        await go.wait()
        done.append(i)

    tasks = [asyncio.create_task(waiter(i)) for i in range(n)]
    await asyncio.sleep(0)
    go.set()
    await asyncio.wait(tasks)
    return len(done)


async def main(rounds):
    checksum = 0
    for r in range(rounds):
        checksum += await pipeline(8, 300 + r)
        checksum += await fan_out(1000)
        checksum += await locks(10, 20)
        checksum += await events(500)
        checksum %= 1_000_000_007
    return checksum


rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 40
print('checksum:', asyncio.run(main(rounds)))
