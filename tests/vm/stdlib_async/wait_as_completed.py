# asyncio.wait with FIRST_COMPLETED / FIRST_EXCEPTION / ALL_COMPLETED, as_completed.
import asyncio


async def val(delay, v, exc=None):
    await asyncio.sleep(delay)
    if exc:
        raise exc
    return v


def names(tasks):
    return sorted(t.get_name() for t in tasks)


async def main():
    mk = lambda d, v, exc=None: asyncio.create_task(val(d, v, exc), name=v)
    ts = [mk(0.001, 'a'), mk(0.4, 'b'), mk(0.3, 'c')]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_COMPLETED)
    print('first', names(done), names(pending))
    done, pending = await asyncio.wait(ts)
    print('all', names(done), names(pending))
    ts = [mk(0.001, 'ok'), mk(0.005, 'err', ValueError('x')), mk(1, 'late')]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_EXCEPTION)
    print('first exception', names(done), names(pending))
    done, pending = await asyncio.wait(pending, timeout=0.001)
    print('timeout', names(done), names(pending))
    for t in pending:
        t.cancel()
    for bad in ([], asyncio.sleep(0)):
        try:
            await asyncio.wait(bad)
        except (ValueError, TypeError) as e:
            print(type(e).__name__, e)
        if not isinstance(bad, list):
            bad.close()
    try:
        await asyncio.wait([mk(0, 'q')], return_when='SOMETIMES')
    except ValueError as e:
        print(e)
    results = []
    for coro in asyncio.as_completed([val(0.03, 3), val(0.01, 1), val(0.02, 2)]):
        results.append(await coro)
    print('as_completed', results)
    try:
        for coro in asyncio.as_completed([val(1, 'slow')], timeout=0.001):
            await coro
    except TimeoutError:
        print('as_completed timed out')


asyncio.run(main())
