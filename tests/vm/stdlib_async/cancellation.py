# Cancelling tasks: messages, cleanup order, cancelled(), uncancel, shield.
import asyncio


async def worker(name, log):
    try:
        log.append(f'{name} waiting')
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        log.append(f'{name} cancelled {e.args}')
        raise
    finally:
        log.append(f'{name} finally')


async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        return 'refused'


async def main():
    log = []
    t = asyncio.create_task(worker('w1', log), name='w1')
    await asyncio.sleep(0)
    print(t.get_name(), t.done(), t.cancelling())
    print(t.cancel('stop now'), t.cancelling())
    try:
        await t
    except asyncio.CancelledError as e:
        print('caught', e.args)
    print(t.cancelled(), t.done(), log)
    print(t.cancel())
    try:
        t.result()
    except asyncio.CancelledError as e:
        print('result raises', type(e).__name__)

    # Cancelled before it ever ran.
    t2 = asyncio.create_task(worker('w2', log))
    t2.cancel()
    try:
        await t2
    except asyncio.CancelledError:
        print('t2 cancelled before start', t2.cancelled())

    t3 = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    t3.cancel()
    print('stubborn', await t3, t3.cancelled())

    inner = asyncio.create_task(asyncio.sleep(0.01, 'inner result'))
    outer = asyncio.shield(inner)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print('outer cancelled', outer.cancelled(), inner.cancelled())
    print('inner', await inner)

    g = asyncio.gather(worker('g1', log), worker('g2', log))
    await asyncio.sleep(0)
    log.clear()
    g.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print('gather cancelled', log)

    async def canceller(target):
        target.cancel()
    t4 = asyncio.create_task(asyncio.sleep(5))
    await asyncio.gather(canceller(t4))
    r = await asyncio.gather(t4, return_exceptions=True)
    print('gather returns', [type(x).__name__ for x in r])
    t5 = asyncio.current_task()
    print(t5.get_name(), t5.cancelling(), t5.uncancel())


asyncio.run(main())
