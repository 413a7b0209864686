# Scheduling order: FIFO ready queue, sleep(0) interleaving, timers by due time.
# Timers are at least 10 ms apart so that the order holds on a loaded machine and under
# sanitizers.
import asyncio

log = []


async def ticker(name, n):
    for i in range(n):
        log.append(f'{name}{i}')
        await asyncio.sleep(0)
    return name * n


async def sleeper(name, delay):
    log.append(f'start {name}')
    await asyncio.sleep(delay)
    log.append(f'end {name}')
    return delay


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(log.append, 'soon1')
    loop.call_later(0.06, log.append, 'later2')
    loop.call_later(0.05, log.append, 'later1')
    loop.call_soon(log.append, 'soon2')
    r = await asyncio.gather(ticker('a', 3), ticker('b', 2), ticker('c', 1))
    print('gather', r)
    print(log)
    log.clear()
    r = await asyncio.gather(sleeper('x', 0.3), sleeper('y', 0.1),
                             sleeper('z', 0.2))
    print('sleepers', r)
    print(log)
    log.clear()
    t1 = asyncio.create_task(ticker('p', 2))
    t2 = asyncio.create_task(ticker('q', 2))
    log.append('created')
    await asyncio.sleep(0)
    log.append('main after sleep0')
    print(await t1, await t2)
    print(log)
    print('sleep result', await asyncio.sleep(0, 'r0'), await asyncio.sleep(0.001, 'r1'))
    h = loop.call_later(0.001, log.append, 'never')
    h.cancel()
    print(h.cancelled())
    await asyncio.sleep(0.003)
    print('never' in log)
    return 'done'


print(asyncio.run(main()))
