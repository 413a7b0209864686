# wait_for and asyncio.timeout/timeout_at (3.11).
import asyncio


async def slow(log):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        log.append('slow cancelled')
        raise
    return 'slow result'


async def main():
    log = []
    print(await asyncio.wait_for(asyncio.sleep(0.001, 'fast'), timeout=1))
    try:
        await asyncio.wait_for(slow(log), timeout=0.01)
    except asyncio.TimeoutError as e:
        print('wait_for timed out', type(e).__name__, type(e.__cause__).__name__, log)
    log.clear()
    try:
        await asyncio.wait_for(slow(log), timeout=0)
    except TimeoutError:
        print('timeout=0', log)
    print(await asyncio.wait_for(asyncio.sleep(0, 'none'), None))

    loop = asyncio.get_running_loop()
    log.clear()
    try:
        async with asyncio.timeout(0.01) as cm:
            print(repr(cm).startswith('<Timeout [active] when='))
            await slow(log)
    except TimeoutError:
        print('timeout expired', cm.expired(), repr(cm), log)
    async with asyncio.timeout(None) as cm:
        print(cm.when(), repr(cm))
        cm.reschedule(loop.time() + 1)
        await asyncio.sleep(0.001)
    print(cm.expired(), repr(cm))
    try:
        cm.reschedule(None)
    except RuntimeError as e:
        print(e)
    try:
        async with asyncio.timeout_at(loop.time() - 1):
            await asyncio.sleep(0.5)
    except TimeoutError:
        print('timeout_at in the past')
    try:
        async with asyncio.timeout(0.01):
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                print('inner saw CancelledError', asyncio.current_task().cancelling())
                raise
    except TimeoutError as e:
        print('chained', type(e.__cause__).__name__, asyncio.current_task().cancelling())


asyncio.run(main())
