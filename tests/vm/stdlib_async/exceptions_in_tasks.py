# Exceptions raised inside tasks reach awaiters, gather and wait.
import asyncio


async def fail(delay, exc):
    await asyncio.sleep(delay)
    raise exc


async def ok(delay, value):
    await asyncio.sleep(delay)
    return value


async def main():
    t = asyncio.create_task(fail(0, ValueError('boom')))
    try:
        await t
    except ValueError as e:
        print('awaited task raised', repr(e))
    print(t.done(), repr(t.exception()))

    try:
        await asyncio.gather(ok(0.01, 1), fail(0.001, KeyError('k')))
    except KeyError as e:
        print('gather raised', repr(e))
    r = await asyncio.gather(ok(0.002, 'a'), fail(0.001, OSError(2, 'nope')),
                             ok(0, 'c'), return_exceptions=True)
    print('gather returned', r)
    print(await asyncio.gather())

    try:
        asyncio.create_task(42)
    except TypeError as e:
        print('TypeError', e)

    async def nested():
        try:
            await fail(0, ZeroDivisionError('inner'))
        except ZeroDivisionError as e:
            raise RuntimeError('outer') from e
    try:
        await nested()
    except RuntimeError as e:
        print(repr(e), repr(e.__cause__))
    print(asyncio.iscoroutinefunction(nested), asyncio.iscoroutinefunction(print))
    c = nested()
    print(asyncio.iscoroutine(c), asyncio.iscoroutine(nested))
    c.close()


asyncio.run(main())
try:
    asyncio.run(fail(0, LookupError('from run')))
except LookupError as e:
    print('run raised', repr(e))
try:
    asyncio.run(42)
except ValueError as e:
    print('ValueError', e)
