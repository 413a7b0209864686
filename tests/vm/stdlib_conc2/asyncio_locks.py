# asyncio locks: reprs in every state, FIFO hand-off, no barging, cancelled waiters
# passing their turn on, Condition re-acquiring on cancel, Semaphore and Barrier phases.
import asyncio
import re


def clean(obj):
    return re.sub(r"0x[0-9a-f]+", "ADDR", repr(obj))


async def lock_part():
    lock = asyncio.Lock()
    print(clean(lock), lock.locked())
    await lock.acquire()
    order = []

    async def worker(i):
        async with lock:
            order.append(i)

    tasks = [asyncio.create_task(worker(i)) for i in range(4)]
    await asyncio.sleep(0)
    print(clean(lock))
    tasks[1].cancel()
    await asyncio.sleep(0)
    print(clean(lock))
    lock.release()
    tasks[0].cancel()  # woken already, cancelled before it runs: the turn moves on
    print(clean(lock), lock.locked())
    late = asyncio.create_task(worker("late"))  # must queue behind the waiters
    await asyncio.gather(*tasks, late, return_exceptions=True)
    print(order, [t.cancelled() for t in tasks], clean(lock))
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)


async def event_part():
    ev = asyncio.Event()
    waiters = [asyncio.create_task(ev.wait()) for _ in range(2)]
    gone = asyncio.create_task(ev.wait())
    await asyncio.sleep(0)
    print(clean(ev))
    gone.cancel()
    await asyncio.sleep(0)
    print(clean(ev), gone.cancelled())
    ev.set()
    ev.set()
    print(clean(ev), await asyncio.gather(*waiters), await ev.wait())
    ev.clear()
    print(clean(ev), ev.is_set())


async def condition_part():
    cond = asyncio.Condition()
    print(clean(cond))
    for label, call in (("wait", cond.wait), ("wait_for", lambda: cond.wait_for(bool))):
        try:
            await call()
        except RuntimeError as e:
            print(label, "RuntimeError:", e)
    try:
        cond.notify()
    except RuntimeError as e:
        print("notify RuntimeError:", e)
    woke = []

    async def sleeper(i):
        async with cond:
            await cond.wait()
            woke.append(i)

    tasks = [asyncio.create_task(sleeper(i)) for i in range(4)]
    await asyncio.sleep(0)
    print(clean(cond))
    async with cond:
        cond.notify(2)
        print(clean(cond))
    await asyncio.sleep(0.01)
    print(woke)
    async with cond:
        cond.notify_all()
    await asyncio.gather(*tasks)
    print(woke, clean(cond))
    held = []

    async def cancelled_sleeper():
        async with cond:
            try:
                await cond.wait()
            except asyncio.CancelledError:
                held.append(cond.locked())
                raise

    t = asyncio.create_task(cancelled_sleeper())
    await asyncio.sleep(0)
    async with cond:
        t.cancel()
        await asyncio.sleep(0)
        print("cancelled while the lock is held elsewhere:", held)
    await asyncio.gather(t, return_exceptions=True)
    print(held, t.cancelled(), cond.locked())
    box = []

    async def setter():
        for v in (0, "", "ready"):
            async with cond:
                box.append(v)
                cond.notify_all()
            await asyncio.sleep(0)

    async with cond:
        s = asyncio.create_task(setter())
        print("wait_for:", await cond.wait_for(lambda: box and box[-1]), box)
    await s
    own = asyncio.Lock()
    shared = asyncio.Condition(own)
    async with own:
        print(shared.locked(), clean(shared).endswith("[locked]>"))


async def semaphore_part():
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("ValueError:", e)
    sem = asyncio.Semaphore(2)
    print(clean(sem), sem.locked())
    await sem.acquire()
    await sem.acquire()
    print(clean(sem), sem.locked())
    order = []

    async def user(i):
        async with sem:
            order.append(i)
            await asyncio.sleep(0)

    tasks = [asyncio.create_task(user(i)) for i in range(4)]
    await asyncio.sleep(0)
    print(clean(sem))
    sem.release()
    print(clean(sem), sem.locked())
    tasks[0].cancel()  # its unit goes to the next in line
    tasks[2].cancel()
    tasks.append(asyncio.create_task(user("late")))
    sem.release()
    await asyncio.gather(*tasks, return_exceptions=True)
    print(order, clean(sem))
    try:
        await asyncio.wait_for(asyncio.Semaphore(0).acquire(), 0.01)
    except asyncio.TimeoutError:
        print("timed out")
    bounded = asyncio.BoundedSemaphore(1)
    async with bounded:
        print(clean(bounded))
    try:
        bounded.release()
    except ValueError as e:
        print("ValueError:", e)


async def barrier_part():
    try:
        asyncio.Barrier(0)
    except ValueError as e:
        print("ValueError:", e)
    bar = asyncio.Barrier(3)
    seen = []

    async def party(i):
        index = await bar.wait()
        seen.append((i, index, clean(bar)))
        return index

    print(await asyncio.gather(*(party(i) for i in range(3))), seen, clean(bar))
    t = asyncio.create_task(bar.wait())
    await asyncio.sleep(0)
    print(clean(bar), bar.n_waiting)
    await bar.reset()
    print(await asyncio.gather(t, return_exceptions=True), clean(bar))
    t = asyncio.create_task(bar.wait())
    await asyncio.sleep(0)
    t.cancel()
    await asyncio.gather(t, return_exceptions=True)
    print(clean(bar), bar.n_waiting, bar.parties)
    t = asyncio.create_task(bar.wait())
    await asyncio.sleep(0)
    await bar.abort()
    print(await asyncio.gather(t, bar.wait(), return_exceptions=True), clean(bar), bar.broken)
    await bar.reset()
    print(clean(bar), bar.broken)
    async with asyncio.Barrier(1) as pos:
        print("async with:", pos)


async def main():
    for part in (lock_part, event_part, condition_part, semaphore_part, barrier_part):
        print("--", part.__name__)
        await part()


asyncio.run(main())
